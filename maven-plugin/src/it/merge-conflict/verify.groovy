def log = new File(basedir, 'build.log').text
// the conflict is an [ERROR] at its place (it fails the build), its level said once
assert log =~ /\[ERROR\] podlint: src\/main\/kubernetes\/preset\.yaml:\d+:\d+: .*DB_PORT/
assert !log.contains(': error: ')
assert log =~ /\[ERROR\] Failed to execute goal dev\.podlint:podlint-maven-plugin:[^ ]+:merge .*: podlint: 1 PodPreset problem reaches failOn error \(see the \[ERROR\] lines above\); 1 pod written as is; PodPresets applied to 1 of 2 pods; 1 file in target\/podlint\/merged/

def merged = new File(basedir, 'target/podlint/merged/src/main/kubernetes/pods.yaml').text
def docs = merged.split(/(?m)^---\n/)
assert docs.size() == 2
assert docs[0].contains('value: "5432"') && !docs[0].contains('6379')
assert docs[1].contains('name: admin') && docs[1].contains('value: "6379"')
return true
