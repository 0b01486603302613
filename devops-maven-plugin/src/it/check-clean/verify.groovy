// A clean repository passes, and both reports are written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('devops-kit: 0 findings')
def sarif = new File(basedir, 'target/devops/report.sarif')
assert sarif.text.contains('"version" : "2.1.0"') || sarif.text.contains('"version":"2.1.0"')
assert new File(basedir, 'target/devops/report.json').isFile()
