package dev.devopskit.core.shell;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceMap;
import dev.devopskit.core.source.SourceFile;
import java.util.List;
import java.util.Locale;

/**
 * The format {@code shell-script}: {@code *.sh} and {@code *.bash} files, and files without an extension whose first
 * line is a {@code sh}, {@code bash}, {@code zsh} or {@code dash} shebang. Checked for commands that turn off TLS
 * verification ({@code scripts/tls-verification}).
 */
public final class ShellScriptFormat implements Format<ShellScript> {

  @Override
  public String name() {
    return "shell-script";
  }

  @Override
  public String description() {
    return "shell scripts (*.sh, *.bash, or a sh/bash shebang), checked for turned-off TLS verification";
  }

  @Override
  public Class<ShellScript> valueType() {
    return ShellScript.class;
  }

  @Override
  public boolean claims(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return name.endsWith(".sh") || name.endsWith(".bash");
  }

  @Override
  public boolean claimsContent(String relativePath, String head) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    if (name.indexOf('.') > 0 || !head.startsWith("#!")) {
      return false;
    }
    int end = head.indexOf('\n');
    String shebang = end < 0 ? head : head.substring(0, end);
    return shebang.matches("#!\\s*(?:/usr)?/bin/(?:env\\s+)?(?:sh|bash|zsh|dash|ash)\\b.*");
  }

  @Override
  public int priority() {
    return -50;
  }

  @Override
  public Parsed<ShellScript> read(SourceFile source) {
    return Parsed.of(ShellScript.of(source.text()), source, SourceMap.none(), List.of());
  }

  @Override
  public String write(ShellScript value) {
    return value.text();
  }

  @Override
  public List<Rule<? super ShellScript>> rules() {
    return List.of(new ScriptTlsVerificationRule());
  }

  @Override
  public List<RuleInfo> readerRules() {
    return List.of(CoreRules.ENCODING, CoreRules.TOO_LARGE, CoreRules.UNREADABLE);
  }
}
