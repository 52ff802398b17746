def log = new File(basedir, 'build.log').text
def finding = 'src/main/kubernetes/settings.yaml:8:3: duplicate-key duplicate key "mode"'
assert log.contains('[ERROR] ' + finding)
assert log =~ /\[ERROR\] Failed to execute goal dev\.podlint:podlint-maven-plugin:[^ ]+:lint .*: podlint: 1 error, 0 warnings, 0 infos in 1 file \(1 document\) \(failOn: error; reports in target\/podlint\)/

def text = new File(basedir, 'target/podlint/podlint.txt')
assert text.isFile()
assert text.text.contains("src/main/kubernetes/settings.yaml:8:3: error duplicate-key duplicate key \"mode\"")

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/podlint/podlint.json'))
assert json.findings.size() == 1
assert json.findings[0].rule == 'duplicate-key'
assert json.findings[0].file == 'src/main/kubernetes/settings.yaml'
assert json.findings[0].line == 8
assert json.summary.errors == 1
return true
