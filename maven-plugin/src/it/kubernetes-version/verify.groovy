def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] src\/main\/kubernetes\/cronjob\.yaml:1:13: removed-api batch\/v1beta1 CronJob was removed in Kubernetes 1\.25 \(linting for 1\.30\)/
assert !log.contains('flowschema.yaml')
assert log.contains('podlint: 1 error, 0 warnings, 0 infos in 2 files (2 documents)')
return true
