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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code github/unpinned-image}: a job's {@code container} and {@code services} images name a tag other than
 * {@code latest} (or a digest), so a run uses the image it was written for. An image given as
 * {@code ${{ matrix.<key> }}} is judged by the values the literal matrix gives that key; an empty value (no
 * container) and a matrix that never sets the key (the image is empty) are not reported.
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
      DocPath path = Pipelines.job(entry.getKey());
      Job job = entry.getValue();
      job.container().ifPresent(c -> check(job, c, path.key("container"), context));
      job.services().forEach((name, c) -> check(job, c, path.key("services").key(name), context));
    }
  }

  private static void check(Job job, Container container, DocPath path, RuleContext context) {
    String image = container.image().trim();
    if (image.isEmpty()) {
      return;
    }
    if (!image.contains("${{")) {
      if (!pinned(image)) {
        context.report(path.key("image"), "image " + image + (bare(image).equals(image) ? " has no tag" : " uses latest")
            + ", so every run may get a different image", "name a version tag, such as " + bare(image)
            + ":16-alpine, or a digest");
      }
      return;
    }
    Optional<String> key = MatrixValues.reference(image);
    Optional<List<String>> values = key.flatMap(k -> MatrixValues.of(job, k));
    if (values.isEmpty()) {
      return; // computed elsewhere: nothing certain to say
    }
    Set<String> unpinned = new TreeSet<>();
    for (String value : values.get()) {
      if (!value.isBlank() && !pinned(value.trim())) {
        unpinned.add(value.trim());
      }
    }
    if (!unpinned.isEmpty()) {
      context.report(path.key("image"), "image " + image + " takes the unpinned value(s) " + String.join(", ",
          unpinned) + " from the matrix, so every run may get a different image", "give each matrix value a "
          + "version tag or a digest, such as " + bare(unpinned.iterator().next()) + ":16-alpine");
    }
  }

  /** Whether an image names a digest or a tag other than {@code latest}. */
  private static boolean pinned(String image) {
    if (image.contains("@sha256:")) {
      return true;
    }
    String last = image.substring(image.lastIndexOf('/') + 1);
    int colon = last.indexOf(':');
    return !image.isEmpty() && colon >= 0 && !last.substring(colon + 1).equals("latest")
        && !last.substring(colon + 1).isEmpty();
  }

  /** The image without its tag. */
  private static String bare(String image) {
    int slash = image.lastIndexOf('/');
    int colon = image.indexOf(':', slash + 1);
    return colon < 0 ? image : image.substring(0, colon);
  }
}
