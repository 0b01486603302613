package dev.devopskit.flags;

import dev.devopskit.core.secret.Redaction;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating a flag: the variant and its value (empty when the caller's default applies), the reason,
 * and an error code when it failed.
 *
 * @param flagKey the flag asked for
 * @param variant the variant served, if any
 * @param value the variant's value, if any
 * @param reason why
 * @param errorCode what failed, for {@link EvaluationReason#ERROR}
 * @param errorMessage a message saying what failed and how to fix it
 */
public record Evaluation(String flagKey, Optional<String> variant, Optional<Object> value, EvaluationReason reason,
    Optional<FlagErrorCode> errorCode, Optional<String> errorMessage) {

  /** Validates the parts. */
  public Evaluation {
    Objects.requireNonNull(flagKey, "flagKey");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(errorMessage, "errorMessage");
  }

  /** A variant served for a reason. */
  public static Evaluation served(String flagKey, String variant, Object value, EvaluationReason reason) {
    return new Evaluation(flagKey, Optional.of(variant), Optional.of(value), reason, Optional.empty(),
        Optional.empty());
  }

  /** No variant: the caller's default applies, for a reason (DEFAULT or DISABLED). */
  public static Evaluation callerDefault(String flagKey, EvaluationReason reason) {
    return new Evaluation(flagKey, Optional.empty(), Optional.empty(), reason, Optional.empty(), Optional.empty());
  }

  /** A failure. */
  public static Evaluation error(String flagKey, FlagErrorCode code, String message) {
    return new Evaluation(flagKey, Optional.empty(), Optional.empty(), EvaluationReason.ERROR, Optional.of(code),
        Optional.of(message));
  }

  /** Whether the evaluation failed. */
  public boolean failed() {
    return errorCode.isPresent();
  }

  /** The record's text with any secret the scanner recognises in the value or message masked. */
  @Override
  public String toString() {
    return Redaction.redactSecrets("Evaluation[flagKey=" + flagKey + ", variant=" + variant + ", value=" + value
        + ", reason=" + reason + ", errorCode=" + errorCode + ", errorMessage=" + errorMessage + "]");
  }
}
