package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.dockerfile.ImageReference;

/** {@code compose/pinned-image}: images that are pulled have a tag other than {@code latest}. */
final class PinnedImage implements Rule<ComposeFile> {
  static final RuleInfo INFO = RuleInfo.of("compose/pinned-image", Profile.RECOMMENDED, Severity.WARNING,
      "Pulled images are pinned to a tag other than latest, or to a digest").withConfidence(Confidence.MEDIUM);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ComposeFile file, RuleContext context) {
    file.services().forEach((name, service) -> {
      if (service.buildFrom().isPresent() || service.image().isEmpty() || service.image().get().contains("$")) {
        return;
      }
      String image = service.image().get();
      ImageReference.tryParse(image).filter(ImageReference::isFloating).ifPresent(ref ->
          context.report(DocPath.of("services", name, "image"), "image '" + image + "' of service '" + name + "' is "
              + (ref.tag().isEmpty() ? "not pinned to a tag" : "pinned to 'latest'")
              + ", so each pull may start a different version", "pin a version tag such as '"
              + ref.name() + ":<version>'"));
    });
  }
}
