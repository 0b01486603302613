/**
 * devops-openfeature: an OpenFeature provider over devops-kit flag sets.
 *
 * <p>Exported packages are the public API; {@code internal} packages are implementation and may change.
 */
module dev.devopskit.openfeature {
  requires transitive dev.devopskit.flags;
  requires transitive dev.openfeature.sdk;

  exports dev.devopskit.openfeature;
}
