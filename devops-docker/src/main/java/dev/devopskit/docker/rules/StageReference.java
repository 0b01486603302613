package dev.devopskit.docker.rules;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Stage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code docker/stage-reference}: {@code COPY --from} names an earlier stage, and stage names are unique. */
final class StageReference implements Rule<Dockerfile> {
  static final RuleInfo INFO = RuleInfo.of("docker/stage-reference", Profile.RECOMMENDED, Severity.ERROR,
      "COPY --from names an earlier stage and stage names are unique");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Dockerfile file, RuleContext context) {
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < file.stages().size(); i++) {
      Stage stage = file.stages().get(i);
      if (stage.name().isPresent()) {
        String key = stage.name().get().toLowerCase(Locale.ROOT);
        if (names.containsKey(key)) {
          context.report(Walk.stage(i).key("name"), "stage name '" + stage.name().get() + "' is used by stage "
              + names.get(key) + " already", "give every stage its own name");
        } else {
          names.put(key, i);
        }
      }
    }
    for (Walk.Site site : Walk.all(file)) {
      Optional<String> from = site.instruction().flag("from");
      if (from.isEmpty() || site.stageIndex() < 0) {
        continue;
      }
      String ref = from.get();
      if (ref.matches("[0-9]+")) {
        if (Integer.parseInt(ref) >= site.stageIndex()) {
          context.report(site.path(), "COPY --from=" + ref + " names stage " + ref + ", which is not an earlier "
              + "stage", "use the name of an earlier stage");
        }
        continue;
      }
      if (ref.contains("/") || ref.contains(":") || ref.contains("@") || ref.contains(".") || Walk.hasVariable(ref)) {
        continue;
      }
      Integer index = names.get(ref.toLowerCase(Locale.ROOT));
      if (index == null) {
        context.report(site.path(), "COPY --from=" + ref + " names no stage, so it pulls an image called '" + ref
            + "'", "name an earlier stage (FROM ... AS " + ref + ") or a full image reference");
      } else if (index >= site.stageIndex()) {
        context.report(site.path(), "COPY --from=" + ref + " names a stage that comes later",
            "move stage '" + ref + "' before this one");
      }
    }
  }
}
