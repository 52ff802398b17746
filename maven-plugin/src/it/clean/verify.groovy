def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] podlint: no problems in 2 files (2 documents)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('broken/settings.yaml')

// the default formats include text
assert new File(basedir, 'target/podlint/podlint.txt').text.contains('podlint: no problems in 2 files (2 documents)')
return true
