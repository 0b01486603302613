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
 * {@code github/unpinned-image}: a job's {@code container} and {@code services} images name a tag other than
 * {@code latest} (or a digest), so a run uses the image it was written for.
 */
public final class UnpinnedImage implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/unpinned-image", Profile.RECOMMENDED, Severity.WARNING,
      "Container and service images are pinned to a tag or digest, not latest");

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
    String image = container.image().trim();
    if (image.isEmpty() || image.contains("${{") || image.contains("@sha256:")) {
      return;
    }
    String last = image.substring(image.lastIndexOf('/') + 1);
    int colon = last.indexOf(':');
    if (colon < 0 || last.substring(colon + 1).equals("latest")) {
      context.report(path.key("image"), "image " + image + (colon < 0 ? " has no tag" : " uses latest")
          + ", so every run may get a different image", "name a version tag, such as "
          + (colon < 0 ? image : image.substring(0, image.length() - ":latest".length())) + ":16-alpine, or a digest");
    }
  }
}
