// A committed file that differs from its definition fails the build with its diff and the regenerating command.
def log = new File(basedir, 'build.log').text
assert log.contains('devops-kit: docs/on-call.md differs from example.OpsDocs')
assert log.contains('-Escalate to nobody.')
assert log.contains('+Escalate to the platform team.')
assert !log.contains('docs/owners.md differs')
assert log.contains('1 of 2 file(s) differ from example.OpsDocs')
assert log.contains("mvn test-compile devops:generate")
