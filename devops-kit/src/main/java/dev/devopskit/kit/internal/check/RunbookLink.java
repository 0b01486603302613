package dev.devopskit.kit.internal.check;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.kit.check.CrossFileContext;
import dev.devopskit.kit.check.CrossFileRule;
import dev.devopskit.kit.check.Repository;
import dev.devopskit.observability.alerting.PrometheusRule;
import dev.devopskit.observability.alerting.RuleFile;
import dev.devopskit.observability.alerting.RuleGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code consistency/runbook-link}: an alert's {@code runbook_url} that is a path in the repository names a Markdown
 * file that exists, and its {@code #anchor} a heading of that file.
 */
public final class RunbookLink implements CrossFileRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("consistency/runbook-link").profile(Profile.TRUNK)
      .defaultSeverity(Severity.WARNING)
      .summary("Every alert's runbook link that points into the repository resolves to a runbook and heading")
      .addOptions(new RuleOption("base-urls", "URL prefixes that stand for the repository root, so that full "
          + "links to its own runbooks are checked too", "[]"))
      .build();

  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"|\\sid=\"([^\"]+)\"");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<String> formats() {
    return Set.of("prometheus-rules");
  }

  @Override
  public void check(Repository repository, CrossFileContext context) {
    Map<String, Optional<Set<String>>> anchors = new HashMap<>();
    List<String> bases = context.listOption("base-urls").stream().map(String::trim).filter(b -> !b.isEmpty())
        .map(b -> b.endsWith("/") ? b : b + "/").toList();
    for (Parsed<RuleFile> file : repository.values("prometheus-rules", RuleFile.class)) {
      RuleFile rules = file.value().orElseThrow();
      for (int g = 0; g < rules.groups().size(); g++) {
        RuleGroup group = rules.groups().get(g);
        for (int r = 0; r < group.rules().size(); r++) {
          PrometheusRule rule = group.rules().get(r);
          String url = inRepository(rule.annotations().getOrDefault("runbook_url", "").trim(), bases);
          if (rule.alert().isEmpty() || url.isEmpty() || !local(url)) {
            continue;
          }
          DocPath path = DocPath.of("groups").index(g).key("rules").index(r).key("annotations").key("runbook_url");
          check(repository, context, file, path, rule.name(), url, anchors);
        }
      }
    }
  }

  private static void check(Repository repository, CrossFileContext context, Parsed<?> file, DocPath path,
      String alert, String url, Map<String, Optional<Set<String>>> anchors) {
    int hash = url.indexOf('#');
    String target = hash < 0 ? url : url.substring(0, hash);
    String anchor = hash < 0 ? "" : url.substring(hash + 1);
    if (target.isEmpty()) {
      return;
    }
    Optional<String> resolved = target.startsWith("/") ? Sites.resolve("", target.substring(1))
        : Sites.resolve("", target).filter(p -> repository.exists(p))
            .or(() -> Sites.resolve(Sites.folder(repository, file), target))
            .or(() -> Sites.resolve("", target));
    if (resolved.isEmpty()) {
      return;
    }
    String markdown = resolved.get();
    if (!repository.exists(markdown) || Sites.isFolder(repository, markdown)) {
      context.report(file, path, "the runbook of alert '" + alert + "' (" + target + ") does not exist",
          "write the runbook at " + markdown + ", or fix runbook_url");
      return;
    }
    if (anchor.isEmpty() || !markdown.toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)")) {
      return;
    }
    Optional<Set<String>> known = anchors.computeIfAbsent(markdown, m -> Sites.read(repository, m)
        .map(RunbookLink::anchors));
    if (known.isPresent() && !known.get().contains(anchor.toLowerCase(Locale.ROOT))) {
      context.report(file, path, "the runbook " + markdown + " has no heading '#" + anchor + "' for alert '"
          + alert + "'", "add a heading whose anchor is '" + anchor + "' to " + markdown
          + ", or link one of its headings");
    }
  }

  /** A URL under one of the base URLs as a path from the repository root ({@code /docs/runbook.md}). */
  private static String inRepository(String url, List<String> bases) {
    for (String base : bases) {
      if (url.startsWith(base) && url.length() > base.length()) {
        return "/" + url.substring(base.length());
      }
    }
    return url;
  }

  /** Whether a runbook URL is a path in the repository rather than a link to elsewhere. */
  static boolean local(String url) {
    return !url.contains("://") && !url.startsWith("mailto:") && !url.startsWith("//") && !Sites.dynamic(url);
  }

  /** The anchors of a Markdown text: GitHub's heading slugs (with -1, -2 for repeats) and HTML ids. */
  static Set<String> anchors(String text) {
    Set<String> out = new TreeSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : text.split("\r\n|\r|\n")) {
      if (FENCE.matcher(line).find()) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher html = HTML_ANCHOR.matcher(line);
      while (html.find()) {
        out.add((html.group(1) != null ? html.group(1) : html.group(2)).toLowerCase(Locale.ROOT));
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(2));
        int count = seen.merge(slug, 1, Integer::sum);
        out.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
    }
    return out;
  }

  /** GitHub's slug of a heading: lower case, markup and punctuation dropped, spaces to hyphens. */
  static String slug(String heading) {
    String text = heading.replaceAll("<[^>]+>", "").replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
        .replace("`", "").toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        out.appendCodePoint(c);
      } else if (c == ' ') {
        out.append('-');
      }
    });
    return out.toString();
  }
}
