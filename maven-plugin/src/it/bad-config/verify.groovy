def log = new File(basedir, 'build.log').text
assert log.contains("podlint: <failOn> must be error, warning, info or none, not 'sometimes'")
assert !log.contains('duplicate-key')
return true
