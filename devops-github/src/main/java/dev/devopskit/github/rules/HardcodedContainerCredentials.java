package dev.devopskit.github.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Container;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Workflow;
import java.util.Map;

/**
 * {@code github/hardcoded-container-credentials}: the registry password of a {@code container} or {@code services}
 * image is a secret reference, never written in the workflow.
 */
public final class HardcodedContainerCredentials implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/hardcoded-container-credentials",
      Profile.RECOMMENDED, Severity.ERROR, "Container registry passwords are secret references");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      DocPath job = Pipelines.job(entry.getKey());
      entry.getValue().container().ifPresent(c -> check(c, job.key("container"), context));
      entry.getValue().services().forEach((name, c) -> check(c, job.key("services").key(name), context));
    }
  }

  private static void check(Container container, DocPath path, RuleContext context) {
    container.credentials().flatMap(c -> c.password()).ifPresent(password -> {
      if (!password.isBlank() && !password.contains("${{")) {
        context.report(path.key("credentials").key("password"), "the registry password of " + container.image()
            + " is written in the workflow", "remove it, rotate it, and use password: ${{ secrets.REGISTRY_PASSWORD }}");
      }
    });
  }
}
