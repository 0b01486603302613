package dev.devopskit.planted;

import dev.devopskit.planted.internal.Hidden;
import java.util.List;

/** Planted violation: an exported type whose public signature shows an internal type. */
public final class LeakyApi {
  /** Shows the internal type as a type argument. */
  public List<Hidden> hidden() {
    return List.of();
  }

  /** Package-private: not part of the signature, so not a violation. */
  Hidden quiet() {
    return new Hidden();
  }
}
