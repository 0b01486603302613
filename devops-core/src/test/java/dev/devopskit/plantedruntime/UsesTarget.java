package dev.devopskit.plantedruntime;

import dev.devopskit.plantedtarget.TargetApi;

/** Planted violation: a runtime module's class (dev.devopskit.plantedruntime) that uses a target module. */
public final class UsesTarget {
  private UsesTarget() {}

  static String name() {
    return TargetApi.name();
  }
}
