package dev.devopskit.core.environment;

import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.secret.SecretRef;
import dev.devopskit.core.value.DevOpsStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One place a build is deployed to: its tier, how it is deployed, who must approve, and the names (never the
 * values) of its secrets.
 *
 * <pre>{@code
 * Environment production = Environment.builder().name("production").tier(Tier.PRODUCTION)
 *     .deployment(DeploymentMode.MANUAL_PROMOTION).addReviewer("team:release").waitTimerMinutes(10)
 *     .addBranchPattern("main").addSecret(SecretRef.named("DB_PASSWORD")).build();
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Environment implements WithEnvironment {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");
  /** GitHub's limits for environment protection rules. */
  public static final int MAX_WAIT_TIMER_MINUTES = 43_200;
  /** The most required reviewers GitHub accepts on an environment. */
  public static final int MAX_REVIEWERS = 6;

  /** The name ({@code staging}); letters, digits, {@code .}, {@code _} and {@code -}. */
  public abstract String name();

  /** What the environment is for. */
  @Value.Default
  public Tier tier() {
    return Tier.CUSTOM;
  }

  /** How changes reach it. */
  @Value.Default
  public DeploymentMode deployment() {
    return DeploymentMode.AUTOMATIC_FROM_TRUNK;
  }

  /** Where it can be reached, if it has a URL. */
  public abstract Optional<String> url();

  /** Who may approve a deployment: users ({@code octocat}) or teams ({@code team:release}). */
  public abstract List<String> reviewers();

  /** How many of the reviewers must approve; by default one when there are reviewers. */
  @Value.Default
  public int requiredApprovals() {
    return reviewers().isEmpty() ? 0 : 1;
  }

  /** Minutes to wait before a deployment starts (0 to 43,200). */
  @Value.Default
  public int waitTimerMinutes() {
    return 0;
  }

  /** The branches that may deploy here, as glob patterns ({@code main}, {@code release/*}); empty means any. */
  public abstract List<String> branchPatterns();

  /** Plain configuration variables of the environment. */
  public abstract Map<String, String> variables();

  /** The secrets the environment declares, by name. */
  public abstract List<SecretRef> secrets();

  /** Whether deployments need a person: manual promotion, or at least one required approval. */
  public boolean protectedByPeople() {
    return deployment() == DeploymentMode.MANUAL_PROMOTION || requiredApprovals() > 0;
  }

  /** A plain, JSON-ready description (for renderers and scripts): names, tiers, lists and numbers only. */
  public Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", name());
    out.put("tier", tier().id());
    out.put("deployment", deployment().id());
    url().ifPresent(u -> out.put("url", u));
    out.put("reviewers", List.copyOf(reviewers()));
    out.put("requiredApprovals", requiredApprovals());
    out.put("waitTimerMinutes", waitTimerMinutes());
    out.put("branches", List.copyOf(branchPatterns()));
    out.put("variables", new LinkedHashMap<>(variables()));
    out.put("secrets", secrets().stream().map(SecretRef::name).toList());
    return out;
  }

  /** An environment with this name and tier, deployed from the trunk. */
  public static Environment of(String name, Tier tier) {
    return builder().name(name).tier(tier).build();
  }

  /** Starts an environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds environments. */
  public static final class Builder extends ImmutableEnvironment.Builder {
    /** Adds a branch pattern that may deploy here (the same as {@code addBranchPattern}). */
    public Builder addBranch(String pattern) {
      addBranchPattern(pattern);
      return this;
    }
  }

  @Value.Check
  protected void check() {
    if (!NAME.matcher(name()).matches()) {
      throw new IllegalArgumentException("environment name '" + shownName()
          + "' must be letters, digits, '.', '_' or '-', at most 255 characters, like 'staging'");
    }
    if (waitTimerMinutes() < 0 || waitTimerMinutes() > MAX_WAIT_TIMER_MINUTES) {
      throw new IllegalArgumentException("waitTimerMinutes of environment '" + shownName() + "' is "
          + waitTimerMinutes() + "; it must be between 0 and " + MAX_WAIT_TIMER_MINUTES + " (30 days)");
    }
    if (reviewers().size() > MAX_REVIEWERS) {
      throw new IllegalArgumentException("environment '" + shownName() + "' has " + reviewers().size()
          + " reviewers; at most " + MAX_REVIEWERS + " are allowed: use a team instead of single users");
    }
    if (requiredApprovals() < 0 || requiredApprovals() > Math.max(reviewers().size(), 0)) {
      throw new IllegalArgumentException("requiredApprovals of environment '" + shownName() + "' is "
          + requiredApprovals() + " but it has " + reviewers().size() + " reviewers; add reviewers or lower the count");
    }
    if (tier() == Tier.PRODUCTION && deployment() == DeploymentMode.AUTOMATIC_FROM_PULL_REQUEST) {
      throw new IllegalArgumentException("environment '" + shownName() + "' is production and deployed from pull "
          + "requests; deploy production from the trunk, or by manual promotion");
    }
  }
  /** The name as messages show it: user input, so any secret in it is redacted. */
  private String shownName() {
    return Redaction.redactSecrets(name());
  }

}
