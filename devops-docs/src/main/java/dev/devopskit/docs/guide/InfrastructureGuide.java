package dev.devopskit.docs.guide;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.docs.diagram.Flowchart;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The infrastructure document ({@code docs/devops/infrastructure.md}): components, environments, health endpoints,
 * alerts with their runbooks, feature flags in use, and Mermaid diagrams of the CI/CD pipeline and of the
 * promotion path. devops-kit fills it from the project's workflow, compose file, alerts and flags; here it is a
 * plain value.
 */
@Value.Immutable
@DevOpsStyle
public abstract class InfrastructureGuide implements WithInfrastructureGuide {

  /** The title. */
  @Value.Default
  public String title() {
    return "Infrastructure";
  }

  /** A short overview in Markdown; empty for none. */
  @Value.Default
  public String overview() {
    return "";
  }

  /** The components. */
  public abstract List<Component> components();

  /** The environments, in promotion order. */
  public abstract List<EnvironmentTier> environments();

  /** The health endpoints. */
  public abstract List<HealthEndpoint> healthEndpoints();

  /** The alerts with their runbooks. */
  public abstract List<AlertEntry> alerts();

  /** The feature flags in use. */
  public abstract List<FlagEntry> featureFlags();

  /** The CI/CD pipeline: jobs and their {@code needs}. */
  public abstract Optional<Flowchart> pipeline();

  /** The promotion path of the environments. */
  public abstract Optional<Flowchart> promotion();

  /** Starts an infrastructure document. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds infrastructure documents. */
  public static final class Builder extends ImmutableInfrastructureGuide.Builder {}

  /** A copy with a component added, or replaced when one of that name exists (keeping its place). */
  public InfrastructureGuide withComponent(Component component) {
    List<Component> list = new java.util.ArrayList<>(components());
    int at = -1;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).name().equals(component.name())) {
        at = i;
      }
    }
    if (at >= 0) {
      list.set(at, component);
    } else {
      list.add(component);
    }
    return withComponents(list);
  }
}
