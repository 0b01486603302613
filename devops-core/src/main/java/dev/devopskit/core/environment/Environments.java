package dev.devopskit.core.environment;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The environments of a project in promotion order: a change travels from the first to the last
 * ({@code local -> staging -> production}).
 *
 * <pre>{@code
 * Environments path = Environments.of(Environment.of("staging", Tier.STAGING), production);
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Environments implements WithEnvironments {

  /** The environments in promotion order. */
  public abstract List<Environment> environments();

  /** The environment with this name. */
  public Optional<Environment> named(String name) {
    return environments().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The environments of a tier, in promotion order. */
  public List<Environment> ofTier(Tier tier) {
    return environments().stream().filter(e -> e.tier() == tier).toList();
  }

  /** The environments a change passes before reaching this one. */
  public List<Environment> before(String name) {
    for (int i = 0; i < environments().size(); i++) {
      if (environments().get(i).name().equals(name)) {
        return environments().subList(0, i);
      }
    }
    return List.of();
  }

  /** The names in promotion order. */
  public List<String> promotionPath() {
    return environments().stream().map(Environment::name).toList();
  }

  /** A plain, JSON-ready description: a list of {@link Environment#describe()} maps. */
  public List<Map<String, Object>> describe() {
    return environments().stream().map(Environment::describe).toList();
  }

  /** Environments in this promotion order. */
  public static Environments of(Environment... environments) {
    return builder().addEnvironments(environments).build();
  }

  /** Starts a promotion path. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds promotion paths. */
  public static final class Builder extends ImmutableEnvironments.Builder {}

  @Value.Check
  protected void check() {
    Set<String> seen = new HashSet<>();
    for (Environment environment : environments()) {
      if (!seen.add(environment.name())) {
        throw new IllegalArgumentException("two environments are named '" + Redaction.redactSecrets(environment.name())
            + "'; environment names must be unique");
      }
    }
    boolean productionSeen = false;
    for (Environment environment : environments()) {
      if (environment.tier() == Tier.PRODUCTION) {
        productionSeen = true;
      } else if (productionSeen && environment.tier() == Tier.STAGING) {
        throw new IllegalArgumentException("staging environment '" + Redaction.redactSecrets(environment.name())
            + "' comes after production in the promotion path; order environments from local to production");
      }
    }
  }
}
