// Stands in for a generator (Quarkus, JKube, Dekorate) that writes manifests to target/kubernetes.
def generated = new File(basedir, 'target/kubernetes/generated.yml')
generated.parentFile.mkdirs()
generated.text = '''apiVersion: v1
kind: ConfigMap
metadata:
  name: generated
data:
  mode: fast
'''
// The project is the root of a git repository: the reports' paths are relative to it.
new File(basedir, '.git').mkdirs()
return true
