package dev.devopskit.core.environment;

/** What an environment is for, which decides the protection it needs. */
public enum Tier {
  /** A developer's machine or a local stack. */
  LOCAL,
  /** A shared pre-production environment that the trunk deploys to. */
  STAGING,
  /** Where users are. */
  PRODUCTION,
  /** Anything else (preview, performance, demo). */
  CUSTOM;

  /** The tier in lower case, as files write it. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The tier named in a file ({@code staging}), if it is one. */
  public static java.util.Optional<Tier> parse(String text) {
    for (Tier tier : values()) {
      if (tier.id().equals(text.trim().toLowerCase(java.util.Locale.ROOT))) {
        return java.util.Optional.of(tier);
      }
    }
    return java.util.Optional.empty();
  }
}
