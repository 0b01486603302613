package dev.devopskit.core.plaintext;

import java.util.Objects;

/**
 * The text of a configuration file that no other format claims ({@code .env}, {@code *.properties},
 * {@code *.json}, other {@code *.yml}): devops-kit checks it for secrets only.
 */
public final class PlainText {
  private final String text;

  private PlainText(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** A text. */
  public static PlainText of(String text) {
    return new PlainText(text);
  }

  /** The text. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlainText && ((PlainText) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "PlainText[" + text.length() + " chars]";
  }
}
