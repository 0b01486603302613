package dev.devopskit.core.environment;

/** How changes reach an environment. */
public enum DeploymentMode {
  /** Automatically, on every push to the trunk branch. */
  AUTOMATIC_FROM_TRUNK("automatic"),
  /** Automatically, from pull requests (preview environments). */
  AUTOMATIC_FROM_PULL_REQUEST("pull-request"),
  /** By a person promoting a build that passed the earlier environments. */
  MANUAL_PROMOTION("manual"),
  /** Not deployed by the pipeline (a local stack). */
  NONE("none");

  private final String id;

  DeploymentMode(String id) {
    this.id = id;
  }

  /** The mode as files write it: {@code automatic}, {@code pull-request}, {@code manual}, {@code none}. */
  public String id() {
    return id;
  }

  /** Whether deploying needs no person. */
  public boolean automatic() {
    return this == AUTOMATIC_FROM_TRUNK || this == AUTOMATIC_FROM_PULL_REQUEST;
  }

  /** The mode named in a file, if it is one. */
  public static java.util.Optional<DeploymentMode> parse(String text) {
    for (DeploymentMode mode : values()) {
      if (mode.id.equals(text.trim().toLowerCase(java.util.Locale.ROOT))) {
        return java.util.Optional.of(mode);
      }
    }
    return java.util.Optional.empty();
  }
}
