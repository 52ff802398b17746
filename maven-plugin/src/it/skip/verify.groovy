def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] podlint: skipped (podlint.skip)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('duplicate-key')
assert !new File(basedir, 'target/podlint').exists()
return true
