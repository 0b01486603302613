package dev.devopskit.examples.codeowners;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import java.util.List;

/**
 * A custom format plugged in through the {@code Format} SPI: GitHub's {@code CODEOWNERS} file, with one rule that
 * every pattern names an owner. Put a jar with this class and its {@code META-INF/services} entry on the class path
 * of {@code devops check} (or of your own program) and it checks CODEOWNERS files like any built-in format.
 */
public final class CodeOwnersFormat implements Format<CodeOwnersFormat.CodeOwners> {

  /** The lines of a CODEOWNERS file. */
  public record CodeOwners(List<String> lines) {}

  /** Every pattern line names at least one owner ({@code @user}, {@code @org/team} or an e-mail). */
  static final class OwnerRequired implements Rule<CodeOwners> {
    static final RuleInfo INFO = RuleInfo.of("codeowners/owner-required", Profile.RECOMMENDED, Severity.WARNING,
        "Every CODEOWNERS pattern names an owner");

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public void check(CodeOwners value, RuleContext context) {
      SourceFile source = context.source().orElseGet(() -> SourceFile.of("CODEOWNERS",
          String.join("\n", value.lines())));
      for (int i = 0; i < value.lines().size(); i++) {
        String line = value.lines().get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+");
        if (parts.length < 2) {
          context.report(Span.line(source, i + 1), DocPath.root().index(i),
              "pattern '" + parts[0] + "' has no owner, so nobody is asked to review changes to it",
              "add an owner after the pattern, such as @org/team");
        }
      }
    }
  }

  @Override
  public String name() {
    return "codeowners";
  }

  @Override
  public String description() {
    return "GitHub's CODEOWNERS file (an example of a format added through the SPI)";
  }

  @Override
  public Class<CodeOwners> valueType() {
    return CodeOwners.class;
  }

  @Override
  public boolean claims(String relativePath) {
    return relativePath.equals("CODEOWNERS") || relativePath.equals(".github/CODEOWNERS")
        || relativePath.equals("docs/CODEOWNERS");
  }

  @Override
  public Parsed<CodeOwners> read(SourceFile source) {
    return Parsed.of(new CodeOwners(source.text().lines().toList()), source, path -> java.util.Optional.empty(),
        List.of());
  }

  @Override
  public String write(CodeOwners value) {
    return String.join("\n", value.lines()) + "\n";
  }

  @Override
  public List<Rule<? super CodeOwners>> rules() {
    return List.of(new OwnerRequired());
  }
}
