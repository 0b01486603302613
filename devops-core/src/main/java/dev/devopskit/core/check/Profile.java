package dev.devopskit.core.check;

import java.util.Locale;
import java.util.Optional;

/**
 * Which set of rules runs. Each profile includes the ones before it: {@code strict} runs everything that
 * {@code trunk} runs, and {@code trunk} everything that {@code recommended} runs.
 *
 * <p>A rule declares the narrowest profile whose users would accept its findings on a repository that nobody on
 * their team wrote with devops-kit in mind.
 */
public enum Profile {
  /**
   * The default for a repository without a policy file: only findings that the maintainers of any repository would
   * accept as real problems (secrets, injection, permissions, unpinned images, broken references, syntax, runtime
   * bugs). No style and no team process.
   */
  RECOMMENDED,
  /**
   * The policy of a team that works trunk-based with devops-kit ({@code devops init} selects it): pipeline budget and
   * fail-fast order, staging from the trunk and manual production, idempotent and reversible migrations, declared
   * secrets, job names, health checks, temporary flags, complete runbooks and postmortems.
   */
  TRUNK,
  /** Everything, for audits: also the rules whose findings are often accepted risks. */
  STRICT;

  /** The lower-case name used in policy files, on the command line and in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a rule of profile {@code rule} runs under this profile. */
  public boolean includes(Profile rule) {
    return rule.ordinal() <= ordinal();
  }

  /** Parses {@code recommended}, {@code trunk} or {@code strict} (any case); empty for anything else. */
  public static Optional<Profile> parse(String text) {
    for (Profile profile : values()) {
      if (profile.label().equalsIgnoreCase(text.trim())) {
        return Optional.of(profile);
      }
    }
    return Optional.empty();
  }
}
