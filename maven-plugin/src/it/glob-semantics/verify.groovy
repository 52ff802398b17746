// app.yaml and broken.json sit at the top of the scanned folder: "**/" matches zero folders in the
// config file's exclude and in the plugin's excludes alike. Were either linted, its duplicate key
// would fail the build.
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'manifests/app.yaml').isFile()
assert new File(basedir, 'manifests/broken.json').isFile()
assert log.contains('[INFO] podlint: no problems in 1 file (1 document)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('duplicate-key')
def text = new File(basedir, 'target/podlint/podlint.txt').text
assert !text.contains('app.yaml')
assert !text.contains('nested.yaml')
assert !text.contains('broken.json')
return true
