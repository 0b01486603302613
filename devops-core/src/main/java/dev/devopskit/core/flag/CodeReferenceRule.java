package dev.devopskit.core.flag;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.Position;
import dev.devopskit.core.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code flags/unknown-reference} and {@code flags/unreferenced}: the flag file against the code that asks for
 * flags. The code is scanned under {@code code-root}, or else under the folder that holds the flag file (its parent
 * when that folder is {@code .devops}, {@code config} or {@code flags}). A set built in Java, with no file, is not
 * scanned.
 */
final class CodeReferenceRule implements Rule<FlagSet> {
  static final RuleInfo UNKNOWN = info("flags/unknown-reference", Profile.RECOMMENDED, Severity.ERROR,
      "Code asks only for flags the flag file defines");
  static final RuleInfo UNREFERENCED = info("flags/unreferenced", Profile.TRUNK, Severity.WARNING,
      "Every defined flag is used by some code");

  private final boolean unknown;

  private CodeReferenceRule(boolean unknown) {
    this.unknown = unknown;
  }

  static CodeReferenceRule unknownReference() {
    return new CodeReferenceRule(true);
  }

  static CodeReferenceRule unreferenced() {
    return new CodeReferenceRule(false);
  }

  private static RuleInfo info(String id, Profile profile, Severity severity, String summary) {
    return RuleInfo.builder().id(id).profile(profile).confidence(Confidence.MEDIUM)
        .defaultSeverity(severity).summary(summary)
        .addOptions(new RuleOption("code-root", "the folder to scan; empty means the flag file's folder", ""))
        .addOptions(new RuleOption("patterns", "extra regular expressions with a named group (?<key>...)", "[]"))
        .addOptions(new RuleOption("extensions", "file extensions to scan",
            "[" + String.join(", ", FlagCodeScan.DEFAULT_EXTENSIONS) + "]"))
        .addOptions(new RuleOption("ignore", "flag keys this rule leaves alone", "[]"))
        .build();
  }

  @Override
  public RuleInfo info() {
    return unknown ? UNKNOWN : UNREFERENCED;
  }

  @Override
  public void check(FlagSet value, RuleContext context) {
    Optional<Path> root = root(context);
    if (root.isEmpty()) {
      return;
    }
    List<String> patterns = new ArrayList<>(FlagCodeScan.DEFAULT_PATTERNS);
    patterns.addAll(context.listOption("patterns"));
    List<FlagReference> references;
    try {
      references = FlagCodeScan.of(patterns, context.listOption("extensions")).scan(root.get());
    } catch (IOException | IllegalArgumentException e) {
      context.report(DocPath.root(), "the code under " + root.get() + " could not be scanned: " + e.getMessage(),
          "fix the option 'patterns' or 'code-root'");
      return;
    }
    Set<String> ignored = Set.copyOf(context.listOption("ignore"));
    if (unknown) {
      Set<String> defined = Set.copyOf(value.keys());
      for (FlagReference reference : references) {
        if (!defined.contains(reference.key()) && !ignored.contains(reference.key())) {
          Position at = Position.of(reference.line(), reference.column());
          context.report(new Location(reference.file(), Optional.of(Span.at(at)), DocPath.root()),
              "code asks for flag '" + reference.key() + "', which the flag file does not define",
              "define '" + reference.key() + "' in the flag file, or fix the key in the code");
        }
      }
    } else {
      Set<String> used = references.stream().map(FlagReference::key).collect(Collectors.toSet());
      for (FeatureFlag flag : value.flags()) {
        if (!used.contains(flag.key()) && !ignored.contains(flag.key())) {
          context.reportAtKey(DocPath.of("flags", flag.key()), "no code under " + root.get()
              + " asks for flag '" + flag.key() + "'", "remove the flag, or add its call pattern to 'patterns'");
        }
      }
    }
  }

  private static Optional<Path> root(RuleContext context) {
    String configured = context.stringOption("code-root");
    if (!configured.isBlank()) {
      Path path = Path.of(configured);
      return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }
    Optional<Path> file = context.source().map(s -> Path.of(s.path()).toAbsolutePath().normalize())
        .filter(Files::isRegularFile);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Path folder = file.get().getParent();
    String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
    if ((name.equals(".devops") || name.equals("config") || name.equals("flags")) && folder.getParent() != null) {
      folder = folder.getParent();
    }
    return Optional.of(folder);
  }
}
