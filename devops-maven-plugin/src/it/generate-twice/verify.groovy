// The first run creates the files, the second finds every one unchanged.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def created = log.readLines().findAll { it.contains('[INFO] create ') }
def unchanged = log.readLines().findAll { it.contains('[INFO] unchanged ') }
assert created.size() > 3
assert unchanged.size() == created.size()
assert !log.contains('[INFO] update ')
assert new File(basedir, '.github/workflows/ci.yml').isFile()
assert new File(basedir, '.devops-kit/generated.json').isFile()
