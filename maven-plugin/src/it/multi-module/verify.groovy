def log = new File(basedir, 'build.log').text
// the build log names the file from the module, as Maven users read it
assert log.contains('[ERROR] src/main/kubernetes/settings.yaml:7:3: duplicate-key duplicate key "mode"')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'web/target/podlint/podlint.sarif'))
def run = sarif.runs[0]
assert run.originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toUri().toString()
def location = run.results[0].locations[0].physicalLocation
assert run.results[0].ruleId == 'duplicate-key'
assert location.artifactLocation.uri == 'web/src/main/kubernetes/settings.yaml'
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.region.startLine == 7

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'web/target/podlint/podlint.json'))
assert json.findings*.file == ['web/src/main/kubernetes/settings.yaml']
return true
