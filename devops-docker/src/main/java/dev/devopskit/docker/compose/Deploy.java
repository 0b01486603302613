package dev.devopskit.docker.compose;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service's {@code deploy}: replicas, resources, restart policy, rolling updates and placement. Plain
 * {@code docker compose up} honours {@code replicas}, {@code resources} and {@code restart_policy}; the rest is
 * for platforms such as Swarm.
 *
 * <pre>{@code
 * Deploy deploy = Deploy.builder().replicas(2)
 *     .resources(DeployResources.builder()
 *         .limits(ResourceSpec.builder().cpus("1").memory("512m").build()).build())
 *     .restartPolicy(RestartPolicy.builder().condition("on-failure").maxAttempts(3).build())
 *     .build();
 * }</pre>
 *
 * <p>Numbers that compose also accepts as strings ({@code replicas}, {@code cpus}...) are kept as text, so a
 * variable such as {@code ${REPLICAS:-2}} fits; the builders take plain numbers too.
 */
@Value.Immutable
@DevOpsStyle
public abstract class Deploy implements WithDeploy {
  static final List<String> KEYS = List.of("mode", "replicas", "endpoint_mode", "labels", "resources",
      "restart_policy", "update_config", "rollback_config", "placement");
  /** The modes compose knows. */
  public static final List<String> MODES = List.of("replicated", "global", "replicated-job", "global-job");

  /** {@code mode}: {@code replicated} (the default), {@code global}, {@code replicated-job}, {@code global-job}. */
  public abstract Optional<String> mode();

  /** {@code replicas}: a whole number or a variable. */
  public abstract Optional<String> replicas();

  /** {@code endpoint_mode}: {@code vip} or {@code dnsrr}. */
  public abstract Optional<String> endpointMode();

  /** {@code labels} on the service (not on its containers). */
  public abstract Map<String, String> labels();

  /** {@code resources}. */
  public abstract Optional<DeployResources> resources();

  /** {@code restart_policy}. */
  public abstract Optional<RestartPolicy> restartPolicy();

  /** {@code update_config}. */
  public abstract Optional<UpdateConfig> updateConfig();

  /** {@code rollback_config}. */
  public abstract Optional<UpdateConfig> rollbackConfig();

  /** {@code placement}. */
  public abstract Optional<Placement> placement();

  /** {@code x-} extensions and keys compose does not know, as written. */
  public abstract Map<String, YamlNode> other();

  /** Limits on CPUs and memory alone: {@code Deploy.limits("0.5", "512m")}. */
  public static Deploy limits(String cpus, String memory) {
    return builder().resources(DeployResources.builder().limits(ResourceSpec.builder().cpus(cpus).memory(memory)
        .build()).build()).build();
  }

  /** Starts a deploy section. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds deploy sections. */
  public static final class Builder extends ImmutableDeploy.Builder {
    /** {@code replicas} as a number. */
    public final Builder replicas(int replicas) {
      replicas(String.valueOf(replicas));
      return this;
    }
  }

  @Value.Check
  protected void check() {
    mode().ifPresent(m -> ComposeValues.oneOf("deploy.mode", m, MODES));
    replicas().ifPresent(r -> ComposeValues.wholeNumber("deploy.replicas", r));
    endpointMode().ifPresent(e -> ComposeValues.oneOf("deploy.endpoint_mode", e, List.of("vip", "dnsrr")));
    ComposeValues.notOwn("deploy", other().keySet(), KEYS);
  }
}
