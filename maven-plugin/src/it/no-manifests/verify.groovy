def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] podlint: nothing to lint (no folder of src/main/kubernetes, target/kubernetes, target/classes/META-INF/dekorate, target/classes/META-INF/jkube exists)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/podlint').exists()
return true
