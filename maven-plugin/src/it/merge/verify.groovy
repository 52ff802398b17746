def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] podlint: PodPresets applied to 1 of 1 pods; 1 file in target/podlint/merged')

def merged = new File(basedir, 'target/podlint/merged/src/main/kubernetes/pod.yaml')
assert merged.isFile()
def yaml = merged.text
assert yaml.contains('name: website')
assert yaml.contains('name: DB_PORT')
assert yaml.contains('value: "6379"')
assert yaml.contains('mountPath: /cache')
assert yaml.contains('name: cache-volume')
assert yaml.contains('podpreset.admission.kubernetes.io/podpreset-allow-database')
assert !new File(basedir, 'target/podlint/merged/src/main/kubernetes/preset.yaml').exists()
// .podlint.yaml excludes generated/: its Pod exists, and was not merged
assert new File(basedir, 'src/main/kubernetes/generated/pod.yaml').isFile()
assert !new File(basedir, 'target/podlint/merged/src/main/kubernetes/generated').exists()
return true
