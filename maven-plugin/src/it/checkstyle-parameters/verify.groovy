def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// the second execution's part of the log (the first wrote the baseline)
def second = log.substring(log.indexOf(':lint (default)'))

// strictKinds: Widget has no schema, an error; violationSeverity warning and maxAllowedViolations 1 let it pass
assert second =~ /\[ERROR\] src\/main\/kubernetes\/widget\.yaml:\d+:\d+: /
assert second.contains('[WARNING] podlint: 1 finding reaches failOn warning, within maxAllowedViolations 1')

// strictKinds' finding names the goal's parameters, not the command line's options
assert second.contains('give its CustomResourceDefinition with <crds> FILE, or its JSON schema with <schemaLocations> DIR')

// enableRules wins over the config file's disable; logInfoFindings false: the rule's info finding
// is in the report, not in the log
assert !log.contains('secret-env-var')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/podlint/podlint.json'))
assert json.findings.find { it.rule == 'secret-env-var' }.severity == 'info'

// disableRules, and the baseline: web.yaml's liveness-probe-missing of the first execution is suppressed
assert !json.findings*.rule.contains('readiness-probe-missing')
assert !json.findings*.rule.contains('liveness-probe-missing')
assert second.contains('[INFO] podlint: 1 error, 0 warnings, 1 info in 2 files (2 documents), 1 suppressed')

// includes and excludes: no file of drafts/, no *-old.yaml, no JSON
assert json.findings*.file.unique().sort() == ['src/main/kubernetes/web.yaml', 'src/main/kubernetes/widget.yaml']
assert !second.contains('duplicate-key')
return true
