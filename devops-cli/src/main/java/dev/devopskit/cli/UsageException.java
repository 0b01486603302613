package dev.devopskit.cli;

/** A problem with how the command was called (a missing file, a bad option value): exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
