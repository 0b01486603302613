package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.ImageReference;
import dev.devopskit.docker.dockerfile.Stage;
import java.util.Optional;

/** {@code docker/pinned-base-image}: base images have a tag other than {@code latest} (or a digest). */
final class PinnedBaseImage implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.builder().id("docker/pinned-base-image")
      .profile(Profile.RECOMMENDED).defaultSeverity(Severity.WARNING)
      .summary("Base images are pinned to a tag other than latest, or to a digest")
      .addOptions(new RuleOption("require-digest", "also require an @sha256 digest on every base image", "false"))
      .build();

  private static boolean isStage(Dockerfile file, String image) {
    return file.stages().stream().anyMatch(s -> s.name().map(n -> n.equalsIgnoreCase(image)).orElse(false));
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    boolean digest = context.booleanOption("require-digest");
    for (int i = 0; i < file.stages().size(); i++) {
      Stage stage = file.stages().get(i);
      Optional<String> resolved = file.resolvedBaseImage(i);
      if (resolved.isEmpty()) {
        continue;
      }
      String shown = stage.baseImage().equals(resolved.get()) ? "'" + resolved.get() + "'"
          : "'" + stage.baseImage() + "' (ARG default '" + resolved.get() + "')";
      String image = resolved.get();
      if (image.equalsIgnoreCase("scratch") || Walk.fromStage(file, i) || isStage(file, image)) {
        continue;
      }
      Optional<ImageReference> ref = ImageReference.tryParse(image);
      if (ref.isEmpty()) {
        continue;
      }
      if (ref.get().isFloating()) {
        context.report(Walk.stage(i).key("baseImage"), "base image " + shown + " is "
            + (ref.get().tag().isEmpty() ? "not pinned to a tag" : "pinned to 'latest'")
            + ", so the next build may get a different image",
            "pin a version tag such as '" + ref.get().name() + ":<version>'");
      } else if (digest && ref.get().digest().isEmpty()) {
        context.report(Walk.stage(i).key("baseImage"), "base image " + shown + " has no digest",
            "append '@sha256:<digest>' (docker buildx imagetools inspect " + image + ")");
      }
    }
  }
}
