def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/podlint')
['podlint.json', 'podlint.sarif', 'podlint.junit.xml'].each { name ->
    assert !new File(out, name).exists()
    assert log.contains("[INFO] podlint: removed target/podlint/${name}, a report of an earlier run in a format no longer in <formats>")
}
assert new File(out, 'podlint.txt').text.contains('no problems in 1 file')
assert new File(out, 'notes.md').text == 'mine'
return true
