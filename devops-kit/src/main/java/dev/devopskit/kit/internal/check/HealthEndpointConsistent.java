package dev.devopskit.kit.internal.check;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.plaintext.PlainText;
import dev.devopskit.core.project.HealthCheck;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Instruction;
import dev.devopskit.docker.dockerfile.Keyword;
import dev.devopskit.kit.Descriptor;
import dev.devopskit.kit.check.CrossFileContext;
import dev.devopskit.kit.check.CrossFileRule;
import dev.devopskit.kit.check.Repository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code consistency/health-endpoint}: the Dockerfile HEALTHCHECK, the compose healthcheck of the app, the smoke
 * test of deploy jobs and the uptime probes ask the same path (and, inside the container, the same port).
 */
public final class HealthEndpointConsistent implements CrossFileRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("consistency/health-endpoint")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING)
      .summary("Dockerfile, compose, smoke test and uptime probes use the same health path and port")
      .addOptions(new RuleOption("health-path", "the path every place must ask (empty: the descriptor's, or the "
              + "one HEALTHCHECK or compose healthcheck)", ""),
          new RuleOption("compare-ports", "also compare the ports of checks made inside the container", "true"))
      .build();

  private static final Pattern HEALTH_LIKE = Pattern.compile("(?i)(health|ready|live|ping|status)");
  private static final Pattern FETCH = Pattern.compile("\\b(curl|wget|http)\\b");

  private record Site(Parsed<?> file, DocPath path, String what, Endpoint endpoint) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<String> formats() {
    return Set.of("dockerfile", "compose", "github-workflow", "prometheus-rules", "devops-descriptor", "plain-text");
  }

  @Override
  public void check(Repository repository, CrossFileContext context) {
    Optional<Site> declared = descriptor(repository);
    List<Site> dockerfiles = dockerfiles(repository);
    List<Site> compose = compose(repository);
    String pinned = normalPath(context.stringOption("health-path"));
    if (!pinned.isEmpty()) {
      List<Site> all = new ArrayList<>(declared.stream().toList());
      all.addAll(dockerfiles);
      all.addAll(compose);
      all.addAll(probed(repository));
      for (Site site : all) {
        if (!site.endpoint().path().equals(pinned)) {
          context.report(site.file(), site.path(), site.what() + " checks " + site.endpoint().describe()
              + " but the policy's health-path is " + pinned, "use " + pinned + " here, or change health-path");
        }
      }
      return;
    }
    Optional<Site> reference = declared.or(() -> single(dockerfiles)).or(() -> single(compose));
    if (reference.isEmpty() || declared.isEmpty() && (distinct(dockerfiles) > 1 || distinct(compose) > 1)) {
      return;
    }
    List<Site> others = new ArrayList<>(dockerfiles);
    others.addAll(compose);
    others.addAll(probed(repository));
    boolean ports = context.booleanOption("compare-ports");
    Endpoint expected = reference.get().endpoint();
    for (Site site : others) {
      if (site == reference.get()) {
        continue;
      }
      Endpoint actual = site.endpoint();
      boolean pathDiffers = !actual.path().equals(expected.path());
      boolean portDiffers = ports && actual.local() && expected.local() && actual.port().isPresent()
          && expected.port().isPresent() && actual.port().getAsInt() != expected.port().getAsInt();
      if (pathDiffers || portDiffers) {
        context.report(site.file(), site.path(), site.what() + " checks " + actual.describe() + " but "
            + reference.get().what() + " (" + reference.get().file().source().path() + ") uses "
            + expected.describe(), "use " + expected.describe() + " here, or change " + reference.get().what());
      }
    }
  }

  /** The places that ask the endpoint from outside: smoke tests, uptime probes and probe targets. */
  private static List<Site> probed(Repository repository) {
    List<Site> out = new ArrayList<>(smokeTests(repository));
    out.addAll(probes(repository));
    out.addAll(scrapeTargets(repository));
    return out;
  }

  /** A configured path as URLs are compared: leading slash, no trailing slash. */
  private static String normalPath(String path) {
    String trimmed = path.trim();
    if (trimmed.isEmpty()) {
      return "";
    }
    String slashed = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    return slashed.length() > 1 && slashed.endsWith("/") ? slashed.substring(0, slashed.length() - 1) : slashed;
  }

  private static Optional<Site> descriptor(Repository repository) {
    for (Parsed<Descriptor> file : repository.values("devops-descriptor", Descriptor.class)) {
      Optional<HealthCheck> health = file.value().orElseThrow().health();
      if (health.isPresent()) {
        Endpoint endpoint = new Endpoint("localhost", OptionalInt.of(health.get().port()), health.get().path());
        return Optional.of(new Site(file, DocPath.of("health"), "the descriptor's health endpoint", endpoint));
      }
    }
    return Optional.empty();
  }

  private static List<Site> dockerfiles(Repository repository) {
    List<Site> out = new ArrayList<>();
    for (Parsed<Dockerfile> file : repository.values("dockerfile", Dockerfile.class)) {
      Dockerfile dockerfile = file.value().orElseThrow();
      for (int s = 0; s < dockerfile.stages().size(); s++) {
        List<Instruction> instructions = dockerfile.stages().get(s).instructions();
        for (int i = 0; i < instructions.size(); i++) {
          if (instructions.get(i).keyword() != Keyword.HEALTHCHECK) {
            continue;
          }
          DocPath path = DocPath.of("stages").index(s).key("instructions").index(i);
          Endpoint.all(String.join(" ", instructions.get(i).arguments())).stream().findFirst()
              .ifPresent(e -> out.add(new Site(file, path, "the HEALTHCHECK", e)));
        }
      }
    }
    return out;
  }

  private static List<Site> compose(Repository repository) {
    List<Site> out = new ArrayList<>();
    for (Parsed<?> file : repository.files("compose")) {
      for (YamlMapping.Entry service : Sites.entries(file, DocPath.of("services"))) {
        DocPath path = DocPath.of("services", service.name());
        if (Sites.node(file, path.key("build")).isEmpty()) {
          continue;
        }
        DocPath test = path.key("healthcheck").key("test");
        Sites.strings(file).stream().filter(s -> s.path().startsWith(test))
            .flatMap(s -> Endpoint.all(s.value()).stream().map(e -> new Site(file, s.path(),
                "the compose healthcheck of '" + service.name() + "'", e)))
            .findFirst().ifPresent(out::add);
      }
    }
    return out;
  }

  private static List<Site> smokeTests(Repository repository) {
    List<Site> out = new ArrayList<>();
    for (Parsed<?> file : repository.files("github-workflow")) {
      for (DeployJobs.JobSite job : DeployJobs.of(file)) {
        if (job.environment().isEmpty()) {
          continue;
        }
        for (DeployJobs.Script script : DeployJobs.scripts(job)) {
          if (!FETCH.matcher(script.run()).find()) {
            continue;
          }
          Endpoint.all(script.run()).stream().filter(e -> HEALTH_LIKE.matcher(e.path()).find()).findFirst()
              .ifPresent(e -> out.add(new Site(file, script.path(), "the smoke test of job '" + job.id() + "'", e)));
        }
      }
    }
    return out;
  }

  private static List<Site> probes(Repository repository) {
    List<Site> out = new ArrayList<>();
    for (Parsed<?> file : repository.files("prometheus-rules")) {
      for (StringSite site : Sites.strings(file)) {
        if (!"expr".equals(site.key())) {
          continue;
        }
        Endpoint.all(site.value()).stream().filter(e -> HEALTH_LIKE.matcher(e.path()).find()).findFirst()
            .ifPresent(e -> out.add(new Site(file, site.path(), "the uptime probe", e)));
      }
    }
    return out;
  }

  /** Probe targets of Prometheus scrape configurations that use the blackbox exporter ({@code /probe}). */
  private static List<Site> scrapeTargets(Repository repository) {
    List<Site> out = new ArrayList<>();
    for (Parsed<PlainText> file : repository.values("plain-text", PlainText.class)) {
      String name = file.source().path().toLowerCase(java.util.Locale.ROOT);
      String text = file.source().text();
      if (!(name.endsWith(".yml") || name.endsWith(".yaml")) || !text.contains("/probe")) {
        continue;
      }
      Parsed<?> byLine = Sites.byLine(file);
      String[] lines = text.split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].strip().startsWith("-")) {
          continue;
        }
        int line = i + 1;
        Endpoint.all(lines[i]).stream().filter(e -> HEALTH_LIKE.matcher(e.path()).find()).findFirst()
            .ifPresent(e -> out.add(new Site(byLine, Sites.line(line), "the uptime probe target", e)));
      }
    }
    return out;
  }

  private static Optional<Site> single(List<Site> sites) {
    return distinct(sites) == 1 ? Optional.of(sites.get(0)) : Optional.empty();
  }

  private static int distinct(List<Site> sites) {
    Set<Endpoint> endpoints = new LinkedHashSet<>();
    sites.forEach(s -> endpoints.add(s.endpoint()));
    return endpoints.size();
  }
}
