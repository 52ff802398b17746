// Each setting of .podlint.yaml has a witness; without the config file the build would log
// liveness-probe-missing, readiness-probe-missing as a [WARNING], no team-label, and the duplicate
// keys of legacy/old.yaml and target/kubernetes/generated.yaml.
def log = new File(basedir, 'build.log').text
def web = 'src/main/kubernetes/web.yaml'

// (b) severity: readiness-probe-missing raised to error; it is the one error, so it fails the build
assert log.contains("[ERROR] ${web}:15:11: readiness-probe-missing container 'web' of this Deployment has no readinessProbe;")
assert !log.contains('[WARNING] ' + web + ':15:11: readiness-probe-missing')
assert log =~ /\[ERROR\] Failed to execute goal dev\.podlint:podlint-maven-plugin:[^ ]+:lint .*: podlint: 1 error, 1 warning, 0 infos in 2 files \(2 documents\) \(failOn: error; reports in target\/podlint\)/

// (a) disable: web.yaml has no livenessProbe, and nothing says so
assert !log.contains('liveness-probe-missing')

// (c) rules.folders: the project's own rule, from policy/ (relative to .podlint.yaml)
assert log.contains("[WARNING] ${web}:4:3: team-label Deployment 'web' has no metadata.labels.team; add one so alerts reach the team that owns it")

// (d) include/exclude: the two files with a duplicate key exist, and were not linted
assert new File(basedir, 'src/main/kubernetes/legacy/old.yaml').isFile()
assert new File(basedir, 'target/kubernetes/generated.yaml').isFile()
assert !log.contains('legacy/old.yaml')
assert !log.contains('generated.yaml')
assert !log.contains('duplicate-key')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/podlint/podlint.json'))
assert json.findings.collect { "${it.file}:${it.line}:${it.column} ${it.severity} ${it.rule}".toString() } == [
        "${web}:4:3 warning team-label".toString(),
        "${web}:15:11 error readiness-probe-missing".toString()]
assert json.summary.files == 2
assert json.summary.documents == 2
return true
