package dev.devopskit.github.workflow;

/**
 * Whether a text names a reusable workflow file: something, a slash, a name, {@code .yml} or {@code .yaml}, and for a
 * job's {@code uses} an optional {@code @ref}; no line breaks. The texts the regular expression
 * {@code (.+/)+(.+)\.(ya?ml)(@.+)?} accepts, decided in one pass: that expression backtracked exponentially on a
 * long path that names no workflow file, and even its plain form {@code .+/.+\.ya?ml} is quadratic.
 */
final class WorkflowFileNames {
  private WorkflowFileNames() {}

  /** A workflow file path, such as {@code ./.github/workflows/ci.yml}. */
  static boolean isPath(String text) {
    return !hasLineBreak(text) && pathEndsAt(text, text.indexOf('/', 1), text.length());
  }

  /** A job's {@code uses}: a workflow file path with an optional {@code @ref} after it. */
  static boolean isUses(String text) {
    if (hasLineBreak(text)) {
      return false;
    }
    int slash = text.indexOf('/', 1);
    if (pathEndsAt(text, slash, text.length())) {
      return true;
    }
    for (int at = text.indexOf('@'); at >= 0 && at < text.length() - 1; at = text.indexOf('@', at + 1)) {
      if (pathEndsAt(text, slash, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text[0, end)} ends with .yml or .yaml after a slash that has a character on each side. */
  private static boolean pathEndsAt(String text, int firstSlash, int end) {
    int suffix = text.startsWith(".yml", end - 4) ? 4 : text.startsWith(".yaml", end - 5) ? 5 : -1;
    return suffix > 0 && firstSlash >= 1 && firstSlash <= end - suffix - 2;
  }

  /** The characters a regular expression's {@code .} does not match. */
  private static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
