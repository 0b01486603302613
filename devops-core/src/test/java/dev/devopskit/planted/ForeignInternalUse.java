package dev.devopskit.planted;

import dev.devopskit.core.internal.project.Detection;

/** Planted violation: a class of another module (dev.devopskit.planted) that uses core's internal package. */
public final class ForeignInternalUse {
  private ForeignInternalUse() {}

  static String name() {
    return Detection.class.getSimpleName();
  }
}
