package dev.devopskit.flags;

/** Why an evaluation gave its variant; the names are OpenFeature's. */
public enum EvaluationReason {
  /** The flag has no targeting: its default variant, the same for everyone. */
  STATIC,
  /** A targeting rule matched. */
  TARGETING_MATCH,
  /** A percentage rollout put the context in a bucket. */
  SPLIT,
  /** Targeting exists but decided nothing: the default variant (or the caller's default). */
  DEFAULT,
  /** The flag is disabled: the caller's default. */
  DISABLED,
  /** The flag could not be evaluated: the caller's default. */
  ERROR
}
