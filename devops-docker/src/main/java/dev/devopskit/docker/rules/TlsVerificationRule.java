package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.shell.TlsVerification;
import dev.devopskit.core.source.FileRole;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.KeyValue;
import dev.devopskit.docker.dockerfile.Keyword;

/**
 * {@code docker/tls-verification}: RUN commands, ENV and ARG keep TLS certificate verification on ({@code curl -k},
 * {@code wget --no-check-certificate}, {@code pip --trusted-host}, {@code ENV NODE_TLS_REJECT_UNAUTHORIZED=0}).
 */
final class TlsVerificationRule implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/tls-verification", Profile.RECOMMENDED, Severity.ERROR,
      "Images are built with TLS certificate verification on");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    if (context.fileRole() == FileRole.TEST) {
      return;
    }
    for (Walk.Site site : Walk.all(file)) {
      Keyword keyword = site.instruction().keyword();
      if (keyword == Keyword.RUN) {
        for (TlsVerification.Match match : TlsVerification.inScript(Walk.runText(site.instruction()))) {
          context.report(site.path(), match.message(), TlsVerification.FIX);
        }
      } else if (keyword == Keyword.ENV) {
        for (int i = 0; i < site.instruction().pairs().size(); i++) {
          KeyValue pair = site.instruction().pairs().get(i);
          int index = i;
          TlsVerification.inVariable(pair.key(), pair.unquotedValue()).ifPresent(what -> context.report(
              site.path().key("pairs").index(index), what + " in ENV turns off TLS certificate verification for "
                  + "every container of the image", TlsVerification.FIX));
        }
      } else if (keyword == Keyword.ARG) {
        for (int i = 0; i < site.instruction().arguments().size(); i++) {
          String word = site.instruction().arguments().get(i);
          int eq = word.indexOf('=');
          if (eq > 0) {
            int index = i;
            TlsVerification.inVariable(word.substring(0, eq), word.substring(eq + 1).replace("\"", ""))
                .ifPresent(what -> context.report(site.path().key("arguments").index(index), what + " in ARG "
                    + "turns off TLS certificate verification for every RUN of the build", TlsVerification.FIX));
          }
        }
      }
    }
  }
}
