// The project is the root of a git repository: the reports' paths are relative to it.
new File(basedir, '.git').mkdirs()
return true
