package dev.devopskit.core.flag;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a flag exists, which decides how long it should live. Release, experiment and operational flags are
 * temporary, with the expected lifetimes Unleash uses (40, 40 and 7 days); kill switches and permission flags stay.
 */
public enum FlagKind {
  /** Ships an unfinished feature dark; removed once the feature is out. */
  RELEASE(40),
  /** An A/B test or multivariate experiment. */
  EXPERIMENT(40),
  /** A short-lived operational switch (migration, rollout of an infrastructure change). */
  OPERATIONAL(7),
  /** Turns a feature off in an incident; permanent. */
  KILL_SWITCH(0),
  /** Grants a feature to some users or plans; permanent. */
  PERMISSION(0);

  private final int lifetimeDays;

  FlagKind(int lifetimeDays) {
    this.lifetimeDays = lifetimeDays;
  }

  /** Whether flags of this kind are meant to be removed. */
  public boolean temporary() {
    return lifetimeDays > 0;
  }

  /** The expected lifetime in days of a temporary kind. */
  public OptionalInt lifetimeDays() {
    return lifetimeDays > 0 ? OptionalInt.of(lifetimeDays) : OptionalInt.empty();
  }

  /** The kind as files write it: {@code release}, {@code kill-switch}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind named in a file, if it is one ({@code kill-switch} or {@code kill_switch}). */
  public static Optional<FlagKind> parse(String text) {
    String normalized = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (FlagKind kind : values()) {
      if (kind.id().equals(normalized)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
