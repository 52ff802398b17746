def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] podlint: no problems in 2 files (2 documents)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('broken/settings.yaml')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/podlint/podlint.json'))
assert json.findings.isEmpty()
assert json.summary.files == 2
assert new File(basedir, 'target/podlint/podlint.txt').isFile()
return true
