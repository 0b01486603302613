package dev.devopskit.kit.internal.check;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.flag.EnvFlags;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.plaintext.PlainText;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.kit.check.CrossFileContext;
import dev.devopskit.kit.check.CrossFileRule;
import dev.devopskit.kit.check.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code consistency/flag-reference}: the {@code FEATURE_*} variables of {@code .env} files and workflow
 * {@code env} blocks name flags of the flag file. Runs only when the repository has a flag file.
 */
public final class FlagReferenceConsistent implements CrossFileRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("consistency/flag-reference")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING)
      .summary("FEATURE_* variables in .env files and workflows name flags of the flag file")
      .addOptions(new RuleOption("ignore-variables", "FEATURE_* variables that are settings rather than flags "
          + "(FEATURE_FLAGS_FILE, for example)", "[]"))
      .build();

  private static final Pattern ENV_LINE = Pattern.compile("^\\s*(?:export\\s+)?(FEATURE_[A-Za-z0-9_]+)\\s*=");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<String> formats() {
    return Set.of("feature-flags", "plain-text", "github-workflow");
  }

  @Override
  public void check(Repository repository, CrossFileContext context) {
    List<Parsed<FlagSet>> flagFiles = repository.values("feature-flags", FlagSet.class);
    if (flagFiles.isEmpty()) {
      return;
    }
    Set<String> keys = new TreeSet<>();
    flagFiles.forEach(f -> keys.addAll(f.value().orElseThrow().keys()));
    String where = flagFiles.get(0).source().path();
    Set<String> ignored = Set.copyOf(context.listOption("ignore-variables"));
    for (Parsed<PlainText> file : repository.values("plain-text", PlainText.class)) {
      if (!isEnvFile(file.source().path())) {
        continue;
      }
      Parsed<?> byLine = Sites.byLine(file);
      String[] lines = file.source().text().split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher matcher = ENV_LINE.matcher(lines[i]);
        if (matcher.find() && missing(matcher.group(1), keys, ignored)) {
          report(context, byLine, Sites.line(i + 1), matcher.group(1), where);
        }
      }
    }
    for (Parsed<?> file : repository.files("github-workflow")) {
      for (DocPath env : envBlocks(file)) {
        for (YamlMapping.Entry entry : Sites.entries(file, env)) {
          if (entry.name().startsWith(EnvFlags.PREFIX) && missing(entry.name(), keys, ignored)) {
            report(context, file, env.key(entry.name()), entry.name(), where);
          }
        }
      }
    }
  }

  private static List<DocPath> envBlocks(Parsed<?> file) {
    List<DocPath> out = new ArrayList<>();
    out.add(DocPath.of("env"));
    for (YamlMapping.Entry job : Sites.entries(file, DocPath.of("jobs"))) {
      DocPath path = DocPath.of("jobs", job.name());
      out.add(path.key("env"));
      int steps = Sites.items(file, path.key("steps")).size();
      for (int i = 0; i < steps; i++) {
        out.add(path.key("steps").index(i).key("env"));
      }
    }
    return out;
  }

  private static boolean missing(String variable, Set<String> keys, Set<String> ignored) {
    return variable.length() > EnvFlags.PREFIX.length() && !ignored.contains(variable)
        && !keys.contains(EnvFlags.keyOf(variable));
  }

  private static void report(CrossFileContext context, Parsed<?> file, DocPath path, String variable,
      String flagFile) {
    String key = EnvFlags.keyOf(variable);
    context.report(file, path, "'" + variable + "' sets flag '" + key + "', which the flag file " + flagFile
        + " does not define", "add flag '" + key + "' to " + flagFile + ", or remove the variable");
  }

  private static boolean isEnvFile(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env");
  }
}
