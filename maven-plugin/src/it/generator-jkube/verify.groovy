def log = new File(basedir, 'build.log').text
def aggregate = 'target/classes/META-INF/jkube/kubernetes.yml'

// the per-resource files are named once, as not read, and no finding points into them
['demo-deployment.yml', 'demo-service.yml'].each { name ->
    assert log.contains("[INFO] podlint: target/classes/META-INF/jkube/kubernetes/${name} not read: the generator"
            + " wrote the same manifests to ${aggregate}, which is read")
}
assert log =~ /\[WARNING\] target\/classes\/META-INF\/jkube\/kubernetes\.yml:\d+:\d+: liveness-probe-missing/
assert !log.contains('kubernetes/demo-deployment.yml:')
assert log.contains('[INFO] podlint: 0 errors, 2 warnings, 0 infos in 1 file (1 document)')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/podlint/podlint.json'))
assert json.findings*.rule.sort() == ['liveness-probe-missing', 'readiness-probe-missing']
assert json.findings*.file.unique() == [aggregate]
return true
