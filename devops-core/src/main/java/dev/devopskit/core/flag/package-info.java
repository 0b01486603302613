/**
 * Feature flags: {@link dev.devopskit.core.flag.FeatureFlag} and {@link dev.devopskit.core.flag.FlagSet}, the flag
 * file ({@link dev.devopskit.core.flag.FlagFile}), flagd's flag definitions ({@link dev.devopskit.core.flag.Flagd}),
 * {@code FEATURE_*} variables ({@link dev.devopskit.core.flag.EnvFlags}), the code scan, the {@code feature-flags}
 * format and its lifecycle rules. Evaluating flags at run time (the evaluator, flag sources, the JDBC store) is the
 * module devops-flags.
 */
package dev.devopskit.core.flag;
