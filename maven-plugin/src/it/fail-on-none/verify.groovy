def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/kubernetes/settings.yaml:8:3: duplicate-key duplicate key "mode"')
assert log.contains('[INFO] podlint: 1 error, 0 warnings, 0 infos in 1 file (1 document)')
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/podlint/podlint.json'))
assert json.findings*.rule == ['duplicate-key']
return true
