def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] podlint: src\/main\/kubernetes\/preset\.yaml:\d+:\d+: .*DB_PORT/
assert log.contains('[INFO] podlint: PodPresets applied to 1 of 2 pods; 1 file in target/podlint/merged; 1 pod written as is')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/podlint/merged/src/main/kubernetes/pods.yaml').isFile()
return true
