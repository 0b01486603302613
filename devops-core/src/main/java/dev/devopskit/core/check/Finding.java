package dev.devopskit.core.check;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.value.OwnText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found by a rule or a reader: which rule, how severe, what is wrong, where, and how to fix it.
 *
 * <p>A finding never holds a secret's value: message and fix are passed through {@link Redaction} when the
 * finding is built, so any text that looks like a credential shows only its first four characters.
 */
@Value.Immutable
@DevOpsStyle
public abstract class Finding implements WithFinding, Comparable<Finding>, OwnText {

  /** The rule id, such as {@code github/unpinned-action}. */
  public abstract String ruleId();

  /** How severe the finding is (after the policy's overrides). */
  public abstract Severity severity();

  /** What is wrong, in one or two sentences. */
  public abstract String message();

  /** Where it is. */
  public abstract Location location();

  /** How to fix it, when the rule knows. */
  public abstract Optional<String> fix();

  /**
   * A fingerprint that stays the same under unrelated edits (it does not use lines or columns): rule, file,
   * document path and the message with numbers left out. Computed when first asked for (reports and baselines
   * ask; checking does not).
   */
  @Value.Lazy
  public String fingerprint() {
    String message = message();
    StringBuilder digest = new StringBuilder(ruleId().length() + message.length() + 100)
        .append(ruleId()).append('\n').append(location().file()).append('\n').append(location().path()).append('\n');
    // The message with every run of ASCII digits replaced by one '#'.
    boolean inNumber = false;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (!digit) {
        digest.append(c);
      } else if (!inNumber) {
        digest.append('#');
      }
      inNumber = digit;
    }
    try {
      byte[] hash = sha256().digest(digest.toString().getBytes(StandardCharsets.UTF_8));
      return HEX.formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static final HexFormat HEX = HexFormat.of();
  /** A SHA-256 digest to copy: copying skips the look-up of the algorithm among the security providers. */
  private static volatile MessageDigest sha256;

  private static MessageDigest sha256() throws NoSuchAlgorithmException {
    MessageDigest prototype = sha256;
    if (prototype == null) {
      prototype = MessageDigest.getInstance("SHA-256");
      sha256 = prototype;
    }
    try {
      return (MessageDigest) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return MessageDigest.getInstance("SHA-256");
    }
  }

  /** A finding with the given parts. */
  public static Finding of(String ruleId, Severity severity, String message, Location location) {
    return builder().ruleId(ruleId).severity(severity).message(message).location(location).build();
  }

  /** Starts a finding. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds findings. */
  public static final class Builder extends ImmutableFinding.Builder {}

  @Value.Check
  protected Finding redacted() {
    String message = Redaction.redactSecrets(message());
    Optional<String> fix = fix().map(Redaction::redactSecrets);
    if (message.equals(message()) && fix.equals(fix())) {
      return this;
    }
    return new Builder().from(this).message(message).fix(fix).build();
  }

  /** Orders by file, line, column, rule id and message. */
  @Override
  public int compareTo(Finding other) {
    String file = location().file();
    String otherFile = other.location().file();
    // The findings of one file share its path's string: most comparisons while sorting a report stop here.
    int c = file == otherFile ? 0 : file.compareTo(otherFile);
    if (c == 0) {
      c = Integer.compare(location().line(), other.location().line());
    }
    if (c == 0) {
      c = Integer.compare(location().column(), other.location().column());
    }
    if (c == 0) {
      c = ruleId().compareTo(other.ruleId());
    }
    return c != 0 ? c : message().compareTo(other.message());
  }

  /** {@code file:line:col: severity [rule-id] message} (what {@code toString()} shows). */
  @Override
  public String ownText() {
    return location() + ": " + severity().label() + " [" + ruleId() + "] " + message();
  }
}
