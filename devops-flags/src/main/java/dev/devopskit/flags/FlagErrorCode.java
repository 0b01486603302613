package dev.devopskit.flags;

/** Why an evaluation failed; the names are OpenFeature's. */
public enum FlagErrorCode {
  /** No flag has the key. */
  FLAG_NOT_FOUND,
  /** The flag's variants are not of the type asked for. */
  TYPE_MISMATCH,
  /** The flag's targeting could not be evaluated. */
  PARSE_ERROR,
  /** The context lacks the targeting key a rollout needs. */
  TARGETING_KEY_MISSING,
  /** Anything else. */
  GENERAL
}
