package dev.devopskit.kit.internal.check;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.environment.Tier;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.kit.check.CrossFileContext;
import dev.devopskit.kit.check.CrossFileRule;
import dev.devopskit.kit.check.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code consistency/environment}: deploy jobs name declared environments, and a declared production environment
 * has a promotion workflow (started by hand or by a release) with a job that deploys to it.
 */
public final class EnvironmentDeclared implements CrossFileRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("consistency/environment")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING)
      .summary("Deploy jobs use declared environments and production has a promotion workflow")
      .addOptions(new RuleOption("required-environments", "environment names that must be declared", "[]"),
          new RuleOption("promotion-events", "workflow events that count as a promotion to production",
              "[workflow_dispatch, release]"),
          new RuleOption("production-promotion", "require a promotion workflow for each production environment",
              "true"))
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<String> formats() {
    return Set.of("github-workflow", "environments", "devops-descriptor");
  }

  @Override
  public void check(Repository repository, CrossFileContext context) {
    List<Declared.Site> declared = Declared.environments(repository);
    List<String> required = context.listOption("required-environments");
    Set<String> names = new TreeSet<>();
    declared.forEach(d -> names.add(d.environment().name()));
    required(repository, declared, names, required, context);
    if (declared.isEmpty()) {
      return;
    }
    List<String> promotionEvents = context.listOption("promotion-events");
    List<DeployJobs.JobSite> promotions = new ArrayList<>();
    for (Parsed<?> file : repository.files("github-workflow")) {
      boolean promotion = promotionEvents.isEmpty()
          || DeployJobs.events(file).stream().anyMatch(promotionEvents::contains);
      for (DeployJobs.JobSite job : DeployJobs.of(file)) {
        if (job.environment().isEmpty() || Sites.dynamic(job.environment().get())) {
          continue;
        }
        String name = job.environment().get();
        if (!names.contains(name)) {
          context.report(file, job.environmentPath(), "job '" + job.id() + "' deploys to environment '" + name
              + "', which is not declared (declared: " + String.join(", ", names) + ")",
              "declare '" + name + "' in environments.yml or devops.yaml, or use one of the declared names");
        } else if (promotion) {
          promotions.add(job);
        }
      }
    }
    if (!context.booleanOption("production-promotion")) {
      return;
    }
    String events = promotionEvents.isEmpty() ? "any event" : String.join(" or ", promotionEvents);
    Set<String> seen = new TreeSet<>();
    for (Declared.Site site : declared) {
      if (site.environment().tier() != Tier.PRODUCTION || !seen.add(site.environment().name())) {
        continue;
      }
      String name = site.environment().name();
      if (promotions.stream().noneMatch(j -> j.environment().orElse("").equals(name))) {
        context.report(site.file(), site.path(), "production environment '" + name + "' is declared but no "
            + "workflow started by " + events + " has a job with 'environment: " + name + "'",
            "add a promotion workflow (on: workflow_dispatch) whose deploy job sets 'environment: " + name + "'");
      }
    }
  }

  /** Reports the required environments that are not declared, at the first declaring file. */
  private static void required(Repository repository, List<Declared.Site> declared, Set<String> names, List<String> required,
      CrossFileContext context) {
    for (String name : required) {
      if (names.contains(name)) {
        continue;
      }
      String message = "environment '" + name + "' is required by the policy but not declared"
          + (names.isEmpty() ? "" : " (declared: " + String.join(", ", names) + ")");
      String fix = "declare '" + name + "' in environments.yml or devops.yaml";
      if (declared.isEmpty()) {
        context.report(repository.displayPath("environments.yml"), message, fix);
      } else {
        context.report(declared.get(0).file(), DocPath.of("environments"), message, fix);
      }
    }
  }
}
