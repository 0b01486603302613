package dev.devopskit.kit.internal.check;

import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.environment.Tier;
import dev.devopskit.core.format.Parsed;
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
  public static final RuleInfo INFO = RuleInfo.of("consistency/environment", Severity.WARNING,
      "Deploy jobs use declared environments and production has a promotion workflow");

  private static final Set<String> PROMOTION_EVENTS = Set.of("workflow_dispatch", "release");

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
    if (declared.isEmpty()) {
      return;
    }
    Set<String> names = new TreeSet<>();
    declared.forEach(d -> names.add(d.environment().name()));
    List<DeployJobs.JobSite> promotions = new ArrayList<>();
    for (Parsed<?> file : repository.files("github-workflow")) {
      boolean promotion = DeployJobs.events(file).stream().anyMatch(PROMOTION_EVENTS::contains);
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
    Set<String> seen = new TreeSet<>();
    for (Declared.Site site : declared) {
      if (site.environment().tier() != Tier.PRODUCTION || !seen.add(site.environment().name())) {
        continue;
      }
      String name = site.environment().name();
      if (promotions.stream().noneMatch(j -> j.environment().orElse("").equals(name))) {
        context.report(site.file(), site.path(), "production environment '" + name + "' is declared but no "
            + "workflow started by workflow_dispatch or release has a job with 'environment: " + name + "'",
            "add a promotion workflow (on: workflow_dispatch) whose deploy job sets 'environment: " + name + "'");
      }
    }
  }
}
