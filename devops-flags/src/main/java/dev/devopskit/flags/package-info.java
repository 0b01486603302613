/**
 * The feature-flag runtime: {@link dev.devopskit.flags.FlagEvaluator} evaluates a
 * {@link dev.devopskit.core.flag.FlagSet} in-process (bucketed as flagd's {@code fractional}), and
 * {@link dev.devopskit.flags.FlagSource} loads one from the flag file, flagd, {@code FEATURE_*} variables or a
 * {@link dev.devopskit.flags.JdbcFlagStore}.
 */
package dev.devopskit.flags;
