package dev.devopskit.plantedtarget;

/** Planted: a class of a target module (dev.devopskit.plantedtarget) for the layer rules' tests. */
public final class TargetApi {
  private TargetApi() {}

  /** Something to call. */
  public static String name() {
    return "target";
  }
}
