/**
 * devops-flags: the feature-flag runtime. Evaluates the flags core describes, as flagd evaluates them, and loads
 * them from files, {@code FEATURE_*} variables or a database.
 *
 * <p>Exported packages are the public API; {@code internal} packages are implementation and may change.
 */
module dev.devopskit.flags {
  requires transitive dev.devopskit.core;
  requires transitive java.sql;

  exports dev.devopskit.flags;
}
