package dev.devopskit.core.plaintext;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.FileRole;
import dev.devopskit.core.secret.SecretKind;
import dev.devopskit.core.secret.SecretMatch;
import dev.devopskit.core.secret.SecretScanner;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;

/** {@code secrets/literal-secret} over the lines of a plain configuration file. */
final class PlainTextSecretRule implements Rule<PlainText> {

  @Override
  public RuleInfo info() {
    return CoreRules.LITERAL_SECRET;
  }

  @Override
  public void check(PlainText value, RuleContext context) {
    SourceFile source = context.source().filter(s -> s.text().equals(value.text()))
        .orElseGet(() -> SourceFile.of("", value.text()));
    FileRole role = FileRole.of(source.path());
    for (SecretMatch match : SecretScanner.defaults().scanText(value.text(), role)) {
      int line = source.position(match.start()).line();
      context.reportAtMost(match.kind() == SecretKind.WEAK_ASSIGNMENT ? Severity.WARNING : Severity.ERROR,
          source.span(match.start(), match.end()), DocPath.root().index(line - 1),
          match.kind().description() + " written as a literal (" + match.redacted() + ")",
          "remove it, rotate it, and load it from the environment or a secret store");
    }
  }
}
