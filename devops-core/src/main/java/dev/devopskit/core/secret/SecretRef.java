package dev.devopskit.core.secret;

import java.util.regex.Pattern;

/**
 * A secret by name, never by value: {@code SecretRef.named("DB_PASSWORD")}.
 *
 * <p>Each target renders it in its own way: {@code ${{ secrets.DB_PASSWORD }}} in a workflow,
 * {@code ${DB_PASSWORD}} or a {@code secrets:} entry in compose, {@code RUN --mount=type=secret,id=db_password} in a
 * Dockerfile. The value lives in the platform's secret store and never in a devops-kit value.
 */
public record SecretRef(String name) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  /** Validates the name: letters, digits and underscores, not starting with a digit (GitHub's and POSIX's rule). */
  public SecretRef {
    if (name == null || !NAME.matcher(name).matches()) {
      // A caller may pass the value by mistake (SecretRef.named(System.getenv("TOKEN"))): never echo a secret.
      throw new IllegalArgumentException("secret name '" + Redaction.redact(name) + "' ("
          + (name == null ? 0 : name.length()) + " characters) must be letters, digits and '_', "
          + "not start with a digit, at most 128 characters, like 'DB_PASSWORD'");
    }
    if (name.toUpperCase(java.util.Locale.ROOT).startsWith("GITHUB_") && !name.equals("GITHUB_TOKEN")) {
      throw new IllegalArgumentException("secret name '" + name + "' must not start with 'GITHUB_' (GitHub reserves it)");
    }
  }

  /** A secret with this name. */
  public static SecretRef named(String name) {
    return new SecretRef(name);
  }

  /** The reference as a GitHub Actions expression: {@code ${{ secrets.NAME }}}. */
  public String asGitHubExpression() {
    return "${{ secrets." + name + " }}";
  }

  /** The reference as a shell or compose variable: {@code ${NAME}}. */
  public String asVariable() {
    return "${" + name + "}";
  }

  /** {@code SecretRef{name=DB_PASSWORD}}: a reference holds a name, never a secret's value. */
  @Override
  public String toString() {
    return "SecretRef{name=" + name + "}";
  }
}
