def log = new File(basedir, 'build.log').text
def yml = 'target/classes/META-INF/dekorate/kubernetes.yml'

// the JSON twin is named once, as not read, and no finding points into it
assert log.contains('[INFO] podlint: target/classes/META-INF/dekorate/kubernetes.json not read: the generator wrote the same'
        + ' manifests to target/classes/META-INF/dekorate/kubernetes.yml, which is read')
assert log =~ /\[WARNING\] target\/classes\/META-INF\/dekorate\/kubernetes\.yml:\d+:\d+: liveness-probe-missing/
assert !(log =~ /kubernetes\.json:\d+/)
assert log.contains('[INFO] podlint: 0 errors, 2 warnings, 0 infos in 1 file (2 documents)')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/podlint/podlint.json'))
assert json.findings*.rule.sort() == ['liveness-probe-missing', 'readiness-probe-missing']
assert json.findings*.file.unique() == [yml]
return true
