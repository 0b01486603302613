package dev.devopskit.cli;

/** Whether output goes to a terminal that takes colours. */
final class Terminal {
  private Terminal() {}

  static boolean colors() {
    return System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }
}
