/**
 * Feature flags: {@link dev.devopskit.core.flag.FeatureFlag} and {@link dev.devopskit.core.flag.FlagSet}, in-process
 * evaluation ({@link dev.devopskit.core.flag.FlagEvaluator}, bucketed as flagd's {@code fractional}), sources
 * ({@link dev.devopskit.core.flag.FlagSource}: the flag file, flagd, {@code FEATURE_*} variables, a JDBC store),
 * exports, the {@code feature-flags} format and its lifecycle rules.
 */
package dev.devopskit.core.flag;
