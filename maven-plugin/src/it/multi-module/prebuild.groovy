// The reactor's top folder is the root of a git repository.
new File(basedir, '.git').mkdirs()
return true
