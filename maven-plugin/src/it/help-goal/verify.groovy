def log = new File(basedir, 'build.log').text
assert log.contains('podlint:lint')
['baseline', 'disableRules', 'enableRules', 'excludes', 'failOn', 'failOnViolation', 'includes',
 'logInfoFindings', 'maxAllowedViolations', 'repositoryRoot', 'strictKinds', 'violationSeverity'].each { name ->
    assert log =~ /(?m)^\s+${name}( \(Default: .*\))?$/
}
assert log.contains('User property: podlint.failOn')
assert !log.contains("no description")
return true
