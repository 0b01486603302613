package dev.devopskit.core.flag;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A simple targeting rule: when a context attribute matches, serve a variant. Rules are tried in order and the
 * first match wins.
 *
 * <pre>{@code
 * TargetingRule.in("plan", List.of("pro", "enterprise"), "on")
 * TargetingRule.semVer("app.version", ">=", "2.0.0", "on")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class TargetingRule implements WithTargetingRule {

  /** How the attribute is compared. */
  public enum Operator {
    /** The attribute equals the single value. */
    EQUALS("equals"),
    /** The attribute is one of the values. */
    IN("in"),
    /** The attribute starts with the value. */
    STARTS_WITH("starts-with"),
    /** The attribute ends with the value. */
    ENDS_WITH("ends-with"),
    /** The attribute, a semantic version, compares to the version with {@link #comparison()}. */
    SEM_VER("sem-ver");

    private final String id;

    Operator(String id) {
      this.id = id;
    }

    /** The operator as files write it. */
    public String id() {
      return id;
    }

    /** The operator named in a file, if it is one. */
    public static Optional<Operator> parse(String text) {
      for (Operator operator : values()) {
        if (operator.id.equals(text.trim().toLowerCase(Locale.ROOT))) {
          return Optional.of(operator);
        }
      }
      return Optional.empty();
    }
  }

  /** The semantic-version comparisons flagd's {@code sem_ver} knows. */
  public static final List<String> SEM_VER_COMPARISONS = List.of("=", "!=", "<", "<=", ">", ">=", "^", "~");

  /** The context attribute (dotted for nested: {@code user.email}; {@code targetingKey} for the key). */
  public abstract String attribute();

  /** How it is compared. */
  public abstract Operator operator();

  /** The values compared with (one for all but {@code IN}). */
  public abstract List<String> values();

  /** For {@code SEM_VER}: {@code =}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ^}, {@code ~}. */
  public abstract Optional<String> comparison();

  /** The variant served on a match. */
  public abstract String variant();

  /** Serves {@code variant} when {@code attribute} equals {@code value}. */
  public static TargetingRule equalTo(String attribute, String value, String variant) {
    return builder().attribute(attribute).operator(Operator.EQUALS).addValue(value).variant(variant).build();
  }

  /** Serves {@code variant} when {@code attribute} is one of {@code values}. */
  public static TargetingRule in(String attribute, List<String> values, String variant) {
    return builder().attribute(attribute).operator(Operator.IN).values(values).variant(variant).build();
  }

  /** Serves {@code variant} when {@code attribute} starts with {@code prefix}. */
  public static TargetingRule startsWith(String attribute, String prefix, String variant) {
    return builder().attribute(attribute).operator(Operator.STARTS_WITH).addValue(prefix).variant(variant).build();
  }

  /** Serves {@code variant} when {@code attribute} ends with {@code suffix}. */
  public static TargetingRule endsWith(String attribute, String suffix, String variant) {
    return builder().attribute(attribute).operator(Operator.ENDS_WITH).addValue(suffix).variant(variant).build();
  }

  /** Serves {@code variant} when the version in {@code attribute} compares to {@code version}. */
  public static TargetingRule semVer(String attribute, String comparison, String version, String variant) {
    return builder().attribute(attribute).operator(Operator.SEM_VER).comparison(comparison).addValue(version)
        .variant(variant).build();
  }

  /** Starts a rule. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds rules. */
  public static final class Builder extends ImmutableTargetingRule.Builder {}

  @Value.Check
  protected void check() {
    if (attribute().isBlank()) {
      throw new IllegalArgumentException("a targeting rule needs an attribute, like 'plan' or 'user.email'");
    }
    if (values().isEmpty()) {
      throw new IllegalArgumentException("targeting rule on '"
          + Redaction.redactSecrets(attribute()) + "' needs a value to compare with");
    }
    if (operator() != Operator.IN && values().size() != 1) {
      throw new IllegalArgumentException("targeting rule '" + operator().id() + "' on '"
          + Redaction.redactSecrets(attribute())
          + "' takes one value; use 'in' for a list");
    }
    if (operator() == Operator.SEM_VER && !comparison().map(SEM_VER_COMPARISONS::contains).orElse(false)) {
      throw new IllegalArgumentException("sem-ver rule on '"
          + Redaction.redactSecrets(attribute()) + "' needs a comparison, one of "
          + SEM_VER_COMPARISONS);
    }
  }
}
