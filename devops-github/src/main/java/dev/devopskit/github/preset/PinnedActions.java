package dev.devopskit.github.preset;

import dev.devopskit.github.workflow.ActionRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The actions the presets use, each pinned to a full commit SHA with its release as a comment
 * ({@code actions/checkout@de0fac2e... # v6.0.2}). A SHA cannot be moved by the action's owner, unlike a tag; the
 * comment keeps it readable and lets Dependabot and Renovate update pin and comment together.
 */
public final class PinnedActions {
  private static final Map<String, ActionRef> DEFAULTS = new LinkedHashMap<>();

  static {
    pin("actions/checkout", "de0fac2e4500dabe0009e67214ff5f5447ce83dd", "v6.0.2");
    pin("actions/setup-node", "6044e13b5dc448c55e2357c09f80417699197238", "v6.2.0");
    pin("actions/setup-java", "b6effb05e454b25005698d916606bdc6ffcbf961", "v5.7.0");
    pin("pnpm/action-setup", "0977fd99725f1db4007ccb2928dbb4e90d06cc86", "v6.0.10");
    pin("gradle/actions/setup-gradle", "9c971963bec38e04b3d30dcc455b5382be2fdbfb", "v6.3.0");
    pin("actions/upload-artifact", "b7c566a772e6b6bfb58ed0dc250532a479d7789f", "v6.0.0");
    pin("docker/setup-buildx-action", "8d2750c68a42422c14e847fe6c8ac0403b4cbd6f", "v3.12.0");
    pin("docker/login-action", "5e57cd118135c172c3672efd75eb46360885c0ef", "v3.6.0");
    pin("docker/build-push-action", "10e90e3645eae34f1e60eeb005ba3a3d33f178e8", "v6.19.2");
  }

  private PinnedActions() {}

  private static void pin(String action, String sha, String version) {
    DEFAULTS.put(action, ActionRef.pinned(action, sha, version));
  }

  /** Every pinned action by name ({@code owner/repo[/path]}). */
  public static Map<String, ActionRef> defaults() {
    return Map.copyOf(DEFAULTS);
  }

  /** The pin of one action, if the presets use it. */
  public static Optional<ActionRef> of(String action) {
    return Optional.ofNullable(DEFAULTS.get(action));
  }
}
