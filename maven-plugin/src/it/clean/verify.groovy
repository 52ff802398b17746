def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] podlint: no problems in 2 files (2 documents)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('broken/settings.yaml')

// the default formats are text and SARIF, with paths relative to the repository's root (here the project)
assert new File(basedir, 'target/podlint/podlint.txt').text.contains('podlint: no problems in 2 files (2 documents)')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/podlint/podlint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'podlint'
assert sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toUri().toString()
assert sarif.runs[0].results.isEmpty()
return true
