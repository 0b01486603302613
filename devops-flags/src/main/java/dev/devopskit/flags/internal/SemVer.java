package dev.devopskit.flags.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Semantic versions as flagd's {@code sem_ver} compares them ({@code v} or {@code V} prefix and short forms allowed). */
public final class SemVer {
  private static final Pattern VERSION = Pattern.compile(
      "[vV]?(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(?:-([0-9A-Za-z.-]{1,100}))?(?:\\+[0-9A-Za-z.-]{1,100})?");

  private SemVer() {}

  /** Compares {@code version op target}; empty when either is not a version or the operator is unknown. */
  public static Optional<Boolean> compare(String version, String op, String target) {
    Matcher a = VERSION.matcher(version.trim());
    Matcher b = VERSION.matcher(target.trim());
    if (!a.matches() || !b.matches()) {
      return Optional.empty();
    }
    int cmp = compare(a, b);
    switch (op) {
      case "=":
        return Optional.of(cmp == 0);
      case "!=":
        return Optional.of(cmp != 0);
      case "<":
        return Optional.of(cmp < 0);
      case "<=":
        return Optional.of(cmp <= 0);
      case ">":
        return Optional.of(cmp > 0);
      case ">=":
        return Optional.of(cmp >= 0);
      case "^":
        return Optional.of(part(a, 1) == part(b, 1));
      case "~":
        return Optional.of(part(a, 1) == part(b, 1) && part(a, 2) == part(b, 2));
      default:
        return Optional.empty();
    }
  }

  private static long part(Matcher m, int group) {
    return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
  }

  private static int compare(Matcher a, Matcher b) {
    for (int g = 1; g <= 3; g++) {
      int c = Long.compare(part(a, g), part(b, g));
      if (c != 0) {
        return c;
      }
    }
    String pa = a.group(4);
    String pb = b.group(4);
    if (pa == null || pb == null) {
      return pa == null ? (pb == null ? 0 : 1) : -1;
    }
    String[] xa = pa.split("\\.");
    String[] xb = pb.split("\\.");
    for (int i = 0; i < Math.min(xa.length, xb.length); i++) {
      boolean na = xa[i].matches("\\d{1,18}");
      boolean nb = xb[i].matches("\\d{1,18}");
      int c;
      if (na && nb) {
        c = Long.compare(Long.parseLong(xa[i]), Long.parseLong(xb[i]));
      } else if (na != nb) {
        c = na ? -1 : 1;
      } else {
        c = xa[i].compareTo(xb[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(xa.length, xb.length);
  }
}
