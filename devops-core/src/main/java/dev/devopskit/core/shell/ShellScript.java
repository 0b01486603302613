package dev.devopskit.core.shell;

import java.util.Objects;

/** The text of a shell script ({@code scripts/deploy.sh}, a file whose first line is a {@code sh} shebang). */
public final class ShellScript {
  private final String text;

  private ShellScript(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** A script with this text. */
  public static ShellScript of(String text) {
    return new ShellScript(text);
  }

  /** The text. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShellScript && ((ShellScript) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "ShellScript[" + text.length() + " chars]";
  }
}
