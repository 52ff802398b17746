// Were configFile ignored, the project's .podlint.yaml (exclude: ["**"]) would apply: nothing
// linted, the build passing. Were the config file's failOn ignored, a warning would not fail it.
def log = new File(basedir, 'build.log').text

// rules.folders of ci/podlint.yaml, resolved against ci/: the project's own rule
assert log.contains("[WARNING] src/main/kubernetes/web.yaml:16:18: image-tag-pinned container 'web' runs nginx:latest, which changes under you; pin a version tag or a digest")
// failOn: warning of ci/podlint.yaml (the pom sets no failOn): the warning fails the build
assert log =~ /\[ERROR\] Failed to execute goal dev\.podlint:podlint-maven-plugin:[^ ]+:lint .*: podlint: 0 errors, 1 warning, 0 infos in 1 file \(1 document\) \(failOn: warning; reports in target\/podlint\)/
assert new File(basedir, 'target/podlint/podlint.txt').text.contains('src/main/kubernetes/web.yaml:16:18: warning image-tag-pinned')
return true
