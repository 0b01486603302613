package dev.devopskit.kit.internal.check;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.project.BackingService;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.kit.Descriptor;
import dev.devopskit.kit.check.CrossFileContext;
import dev.devopskit.kit.check.CrossFileRule;
import dev.devopskit.kit.check.Repository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code consistency/postgres-version}: CI service containers, compose services and the descriptor run the same
 * PostgreSQL major version.
 */
public final class PostgresVersion implements CrossFileRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("consistency/postgres-version")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING)
      .summary("CI, compose and the descriptor use the same PostgreSQL major version")
      .addOptions(new RuleOption("major-version", "the major version every place must use (0: the descriptor's, "
              + "or else the one most places use)", "0"),
          new RuleOption("allowed-drift", "how many major versions a place may be apart from the reference", "0"))
      .build();

  private static final Pattern IMAGE = Pattern.compile(
      "^(?:[\\w.-]+(?::\\d+)?/)?(?:library/|bitnami/|postgis/)?(?:postgres|postgresql|postgis)(?::([^@\\s]+))?(?:@.*)?$");
  private static final Pattern MAJOR = Pattern.compile("^(\\d{1,4})");

  private record Site(Parsed<?> file, DocPath path, String what, String major) {}

  /** The version the others are compared with, how a message names it, and how far they may be from it. */
  private record Reference(String major, String what, String change, int drift) {
    static Reference of(Site site, int drift) {
      return new Reference(site.major(), site.what() + " (" + site.file().source().path() + ")",
          "change " + site.what() + " too", drift);
    }
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<String> formats() {
    return Set.of("github-workflow", "compose", "devops-descriptor");
  }

  @Override
  public void check(Repository repository, CrossFileContext context) {
    List<Site> sites = new ArrayList<>();
    for (Parsed<?> file : repository.files("github-workflow")) {
      for (YamlMapping.Entry job : Sites.entries(file, DocPath.of("jobs"))) {
        for (YamlMapping.Entry service : Sites.entries(file, DocPath.of("jobs", job.name(), "services"))) {
          DocPath path = DocPath.of("jobs", job.name(), "services", service.name());
          Optional<String> image = Sites.text(file, path.key("image")).or(() -> service.value().text());
          DocPath at = Sites.node(file, path.key("image")).isPresent() ? path.key("image") : path;
          image.flatMap(PostgresVersion::major).ifPresent(m -> sites.add(new Site(file, at,
              "CI service '" + service.name() + "' of job '" + job.name() + "'", m)));
        }
      }
    }
    for (Parsed<?> file : repository.files("compose")) {
      for (YamlMapping.Entry service : Sites.entries(file, DocPath.of("services"))) {
        DocPath path = DocPath.of("services", service.name(), "image");
        Sites.text(file, path).flatMap(PostgresVersion::major).ifPresent(m -> sites.add(new Site(file, path,
            "compose service '" + service.name() + "'", m)));
      }
    }
    int drift = Math.max(0, context.intOption("allowed-drift"));
    int pinned = context.intOption("major-version");
    Optional<Site> declared = Optional.empty();
    for (Parsed<Descriptor> file : repository.values("devops-descriptor", Descriptor.class)) {
      List<BackingService> services = file.value().orElseThrow().services();
      for (int i = 0; i < services.size(); i++) {
        BackingService service = services.get(i);
        if (service.kind() == BackingService.Kind.POSTGRESQL) {
          Optional<String> major = majorOf(service.version());
          if (major.isPresent() && declared.isEmpty()) {
            declared = Optional.of(new Site(file, DocPath.of("services").index(i).key("version"),
                "the descriptor's postgresql service", major.get()));
          }
        }
      }
    }
    if (pinned > 0) {
      declared.ifPresent(sites::add);
      compare(sites, new Reference(String.valueOf(pinned), "the policy's major-version",
          "change major-version in the policy", drift), context);
      return;
    }
    if (declared.isPresent()) {
      compare(sites, Reference.of(declared.get(), drift), context);
      return;
    }
    List<Site> workflows = sites.stream().filter(s -> s.what().startsWith("CI")).toList();
    Map<String, List<Site>> composeByFolder = new LinkedHashMap<>();
    sites.stream().filter(s -> !s.what().startsWith("CI")).forEach(s -> composeByFolder
        .computeIfAbsent(Sites.folder(Sites.relative(repository, s.file())), k -> new ArrayList<>()).add(s));
    if (!workflows.isEmpty() && composeByFolder.size() <= 1) {
      // One project: CI and its compose file must agree; the version most places use is the reference.
      mostCommon(sites).ifPresent(reference -> compare(sites, Reference.of(reference, drift), context));
      return;
    }
    // Several compose projects side by side (a monorepo of examples): each folder agrees with itself, and the
    // workflows with each other.
    mostCommon(workflows).ifPresent(reference -> compare(workflows, Reference.of(reference, drift), context));
    composeByFolder.values().forEach(group -> mostCommon(group)
        .ifPresent(r -> compare(group, Reference.of(r, drift), context)));
  }

  private static void compare(List<Site> sites, Reference expected, CrossFileContext context) {
    for (Site site : sites) {
      int apart = Math.abs(Integer.parseInt(site.major()) - Integer.parseInt(expected.major()));
      if (apart > expected.drift()) {
        context.report(site.file(), site.path(), site.what() + " runs PostgreSQL " + site.major() + " but "
            + expected.what() + " uses " + expected.major(),
            "use PostgreSQL " + expected.major() + " everywhere, or " + expected.change());
      }
    }
  }

  /** The major version of a PostgreSQL image reference, when it names one. */
  static Optional<String> major(String image) {
    if (Sites.dynamic(image)) {
      return Optional.empty();
    }
    Matcher matcher = IMAGE.matcher(image.trim());
    if (!matcher.matches() || matcher.group(1) == null) {
      return Optional.empty();
    }
    return majorOf(matcher.group(1));
  }

  private static Optional<String> majorOf(String version) {
    Matcher matcher = MAJOR.matcher(version.trim());
    return matcher.find() ? Optional.of(String.valueOf(Integer.parseInt(matcher.group(1)))) : Optional.empty();
  }

  private static Optional<Site> mostCommon(List<Site> sites) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    sites.forEach(s -> counts.merge(s.major(), 1, Integer::sum));
    if (counts.size() < 2) {
      return Optional.empty();
    }
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (counts.values().stream().filter(c -> c == max).count() > 1) {
      // A tie names no reference: report against the first file's version so the disagreement is still seen.
      return Optional.of(sites.get(0));
    }
    String winner = counts.entrySet().stream().filter(e -> e.getValue() == max).findFirst().orElseThrow().getKey();
    return sites.stream().filter(s -> s.major().equals(winner)).findFirst();
  }
}
