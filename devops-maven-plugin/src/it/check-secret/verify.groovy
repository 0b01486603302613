// A planted token fails the build: the finding is logged as file:[line,column] (IDEs link it), the failure names
// the counts and where the rest is, and the token itself appears nowhere.
def log = new File(basedir, 'build.log').text
def workflow = new File(basedir, '.github/workflows/ci.yml').canonicalPath
assert log.contains("[ERROR] ${workflow}:[16,11] [github/literal-secret]")
assert log.contains('devops-kit: 1 finding at or above error')
assert log.contains('target/devops/report.json')
assert log.contains('-Ddevops.failOn=none')
assert !log.contains('Q7vT2mK9xLp4Rw8Zn3Yb6Hc1Jd5Fg0Se2Ua7')
assert !new File(basedir, 'target/devops/report.sarif').text.contains('Q7vT2mK9xLp4Rw8Zn3Yb6Hc1Jd5Fg0Se2Ua7')
