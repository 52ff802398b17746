// A generator's output in target/kubernetes (a folder the plugin reads by default), with a duplicate
// key: the config file's include globs leave it out.
def generated = new File(basedir, 'target/kubernetes/generated.yaml')
generated.parentFile.mkdirs()
generated.text = '''apiVersion: v1
kind: ConfigMap
metadata:
  name: generated
data:
  mode: fast
  mode: slow
'''
// The project is the root of a git repository: the reports' paths are relative to it.
new File(basedir, '.git').mkdirs()
return true
