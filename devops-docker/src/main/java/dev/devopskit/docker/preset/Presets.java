package dev.devopskit.docker.preset;

/** Checks the presets share, with one wording. */
final class Presets {
  private Presets() {}

  /** A TCP port. */
  static void checkPort(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1 to 65535, got " + port);
    }
  }

  /** An HTTP path; {@code example} is the usual one, for the message. */
  static void checkHealthPath(String healthPath, String example) {
    if (!healthPath.startsWith("/")) {
      throw new IllegalArgumentException("healthPath must start with '/', like " + example);
    }
  }
}
