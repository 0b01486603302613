package dev.devopskit.core.shell;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.FileRole;
import dev.devopskit.core.source.SourceFile;

/** {@code scripts/tls-verification}: shell scripts keep TLS certificate verification on. */
final class ScriptTlsVerificationRule implements Rule<ShellScript> {
  static final RuleInfo INFO = RuleInfo.of("scripts/tls-verification", Profile.RECOMMENDED, Severity.ERROR,
      "Scripts keep TLS certificate verification on");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ShellScript script, RuleContext context) {
    SourceFile source = context.source().filter(s -> s.text().equals(script.text()))
        .orElseGet(() -> SourceFile.of("", script.text()));
    // A test script that talks to a test server with a self-signed certificate is not a supply-chain risk.
    if (source.role() == FileRole.TEST) {
      return;
    }
    for (TlsVerification.Match match : TlsVerification.inScript(script.text())) {
      int line = source.position(match.start()).line();
      context.report(source.span(match.start(), match.end()), DocPath.root().index(line - 1), match.message(),
          TlsVerification.FIX);
    }
  }
}
