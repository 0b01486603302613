package dev.devopskit.docs.guide;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.docs.diagram.Flowchart;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The deployment guide ({@code docs/devops/deployment-guide.md}): how a merge reaches staging, how to promote to
 * production, how to roll back, how feature flags decouple deploy from release, and where secrets live (names
 * only). Each part is Markdown.
 */
@Value.Immutable
@DevOpsStyle
public abstract class DeploymentGuide implements WithDeploymentGuide {

  /** The title. */
  @Value.Default
  public String title() {
    return "Deployment guide";
  }

  /** How a merge to the main branch reaches staging. */
  @Value.Default
  public String mergeToStaging() {
    return "";
  }

  /** How to promote a release to production. */
  @Value.Default
  public String promoteToProduction() {
    return "";
  }

  /** How to roll back. */
  @Value.Default
  public String rollback() {
    return "";
  }

  /** How feature flags decouple deploy from release. */
  @Value.Default
  public String featureFlags() {
    return "";
  }

  /** The secrets, by name only. */
  public abstract List<SecretEntry> secrets();

  /** The promotion path as a diagram. */
  public abstract Optional<Flowchart> promotion();

  /** Starts a deployment guide. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds deployment guides. */
  public static final class Builder extends ImmutableDeploymentGuide.Builder {}
}
