// The Secret (bad base64, skipped by the pom though the config file rejects Secret too) has no
// finding; the ReplicationController (rejected by .podlint.yaml) and the Deployment (by the pom, its
// unknown field unchecked) have one kind-rejected error each; the ConfigMap is linted as usual.
def log = new File(basedir, 'build.log').text
def file = 'src/main/kubernetes/objects.yaml'
assert log.contains("[ERROR] ${file}:9:7: kind-rejected prohibited resource kind ReplicationController")
assert log.contains("[ERROR] ${file}:25:7: kind-rejected prohibited resource kind Deployment")
assert log.contains("[ERROR] ${file}:35:3: duplicate-key")

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/podlint/podlint.json'))
assert json.findings.collect { "${it.line} ${it.rule}".toString() } == ['9 kind-rejected', '25 kind-rejected', '35 duplicate-key']
return true
