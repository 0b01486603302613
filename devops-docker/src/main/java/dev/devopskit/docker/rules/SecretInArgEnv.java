package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.FileRole;
import dev.devopskit.core.secret.SecretMatch;
import dev.devopskit.core.secret.SecretScanner;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.KeyValue;
import dev.devopskit.docker.dockerfile.Keyword;
import java.util.Optional;

/** {@code docker/secret-in-arg-env}: no secrets in ARG or ENV, where they stay in the image and its history. */
final class SecretInArgEnv implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/secret-in-arg-env", Profile.RECOMMENDED, Severity.ERROR,
      "No secrets passed through ARG or ENV").withConfidence(Confidence.MEDIUM);
  private static final String FIX = "pass it with RUN --mount=type=secret,id=NAME and read /run/secrets/NAME";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    // In a test fixture or an example only a vendor's token format is a secret; names say nothing there.
    FileRole role = context.fileRole();
    boolean byName = role.judgesByName();
    for (Walk.Site site : Walk.all(file)) {
      if (site.instruction().keyword() == Keyword.ARG) {
        for (int i = 0; i < site.instruction().arguments().size(); i++) {
          String word = site.instruction().arguments().get(i);
          int eq = word.indexOf('=');
          String name = eq < 0 ? word : word.substring(0, eq);
          String value = eq < 0 ? "" : new KeyValue(name.isEmpty() ? "_" : name, word.substring(eq + 1))
              .unquotedValue();
          if (byName && SecretScanner.sensitiveName(name)) {
            context.report(site.path().key("arguments").index(i), "build argument '" + name + "' looks like a "
                + "secret; build arguments are kept in the image history", FIX);
          } else {
            literal(context, site, i, name, value, "ARG", role);
          }
        }
      } else if (site.instruction().keyword() == Keyword.ENV) {
        for (int i = 0; i < site.instruction().pairs().size(); i++) {
          KeyValue pair = site.instruction().pairs().get(i);
          String value = pair.unquotedValue();
          if (byName && SecretScanner.sensitiveName(pair.key()) && !value.isEmpty()
              && !SecretScanner.isPlaceholder(value)
              && !Walk.hasVariable(value)) {
            context.report(site.path().key("pairs").index(i), "ENV '" + pair.key() + "' sets a secret in the "
                + "image, where every container and 'docker inspect' shows it", FIX);
          } else if (byName && SecretScanner.sensitiveName(pair.key()) && Walk.hasVariable(value)) {
            context.report(site.path().key("pairs").index(i), "ENV '" + pair.key() + "' copies a build argument "
                + "into the image, where every container and 'docker inspect' shows it", FIX);
          } else {
            Optional<SecretMatch> match = SecretScanner.defaults().scanValue(pair.key(), value, role);
            match.ifPresent(m -> context.report(site.path().key("pairs").index(
                site.instruction().pairs().indexOf(pair)), m.kind().description() + " written into ENV '"
                + pair.key() + "' (" + m.redacted() + ")", FIX));
          }
        }
      }
    }
  }

  private static void literal(RuleContext context, Walk.Site site, int i, String name, String value, String what,
      FileRole role) {
    SecretScanner.defaults().scanValue(name, value, role).ifPresent(m -> context.report(
        site.path().key("arguments").index(i), m.kind().description() + " written into " + what + " '" + name
            + "' (" + m.redacted() + ")", FIX));
  }
}
