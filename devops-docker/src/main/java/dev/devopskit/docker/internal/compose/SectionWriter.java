package dev.devopskit.docker.internal.compose;

import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.docker.compose.Deploy;
import dev.devopskit.docker.compose.DeployResources;
import dev.devopskit.docker.compose.Develop;
import dev.devopskit.docker.compose.DeviceRequest;
import dev.devopskit.docker.compose.Logging;
import dev.devopskit.docker.compose.Placement;
import dev.devopskit.docker.compose.ResourceSpec;
import dev.devopskit.docker.compose.RestartPolicy;
import dev.devopskit.docker.compose.ServiceHook;
import dev.devopskit.docker.compose.UpdateConfig;
import dev.devopskit.docker.compose.WatchRule;
import java.util.Map;

/**
 * Writes {@code logging}, {@code deploy} and {@code develop} in one fixed order: in {@code deploy}, what runs
 * ({@code mode}, {@code replicas}, {@code endpoint_mode}, {@code labels}), then {@code resources}, restarts, updates,
 * rollbacks and {@code placement}; in a watch rule {@code action}, {@code path}, {@code target}, then the rest.
 * Plain numbers are written as numbers, keeping their text, and variables as strings; extensions and other keys
 * come last, as read.
 */
final class SectionWriter {
  private SectionWriter() {}

  static YamlMapping logging(Logging logging) {
    YamlMapping.Builder m = YamlMapping.builder();
    logging.driver().ifPresent(d -> m.put("driver", d));
    if (!logging.options().isEmpty()) {
      m.put("options", strings(logging.options()));
    }
    logging.other().forEach(m::put);
    return m.build();
  }

  static YamlMapping deploy(Deploy deploy) {
    YamlMapping.Builder m = YamlMapping.builder();
    deploy.mode().ifPresent(v -> m.put("mode", v));
    deploy.replicas().ifPresent(v -> m.put("replicas", number(v)));
    deploy.endpointMode().ifPresent(v -> m.put("endpoint_mode", v));
    if (!deploy.labels().isEmpty()) {
      m.put("labels", strings(deploy.labels()));
    }
    deploy.resources().ifPresent(r -> m.put("resources", resources(r)));
    deploy.restartPolicy().ifPresent(r -> m.put("restart_policy", restartPolicy(r)));
    deploy.updateConfig().ifPresent(u -> m.put("update_config", updateConfig(u)));
    deploy.rollbackConfig().ifPresent(u -> m.put("rollback_config", updateConfig(u)));
    deploy.placement().ifPresent(p -> m.put("placement", placement(p)));
    deploy.other().forEach(m::put);
    return m.build();
  }

  private static YamlMapping resources(DeployResources r) {
    YamlMapping.Builder m = YamlMapping.builder();
    r.limits().ifPresent(l -> m.put("limits", resourceSpec(l)));
    r.reservations().ifPresent(l -> m.put("reservations", resourceSpec(l)));
    r.other().forEach(m::put);
    return m.build();
  }

  private static YamlMapping resourceSpec(ResourceSpec r) {
    YamlMapping.Builder m = YamlMapping.builder();
    r.cpus().ifPresent(v -> m.put("cpus", number(v)));
    r.memory().ifPresent(v -> m.put("memory", v));
    r.pids().ifPresent(v -> m.put("pids", number(v)));
    if (!r.devices().isEmpty()) {
      m.put("devices", YamlSequence.of(r.devices().stream().map(SectionWriter::device).toList()));
    }
    r.other().forEach(m::put);
    return m.build();
  }

  private static YamlNode device(DeviceRequest d) {
    YamlMapping.Builder m = YamlMapping.builder();
    d.driver().ifPresent(v -> m.put("driver", v));
    d.count().ifPresent(v -> m.put("count", number(v)));
    if (!d.deviceIds().isEmpty()) {
      m.put("device_ids", YamlSequence.ofStrings(d.deviceIds()));
    }
    m.put("capabilities", YamlSequence.ofStrings(d.capabilities()));
    if (!d.options().isEmpty()) {
      m.put("options", strings(d.options()));
    }
    d.other().forEach(m::put);
    return m.build();
  }

  private static YamlMapping restartPolicy(RestartPolicy r) {
    YamlMapping.Builder m = YamlMapping.builder();
    r.condition().ifPresent(v -> m.put("condition", v));
    r.delay().ifPresent(v -> m.put("delay", v));
    r.maxAttempts().ifPresent(v -> m.put("max_attempts", number(v)));
    r.window().ifPresent(v -> m.put("window", v));
    r.other().forEach(m::put);
    return m.build();
  }

  private static YamlMapping updateConfig(UpdateConfig u) {
    YamlMapping.Builder m = YamlMapping.builder();
    u.parallelism().ifPresent(v -> m.put("parallelism", number(v)));
    u.delay().ifPresent(v -> m.put("delay", v));
    u.failureAction().ifPresent(v -> m.put("failure_action", v));
    u.monitor().ifPresent(v -> m.put("monitor", v));
    u.maxFailureRatio().ifPresent(v -> m.put("max_failure_ratio", number(v)));
    u.order().ifPresent(v -> m.put("order", v));
    u.other().forEach(m::put);
    return m.build();
  }

  private static YamlMapping placement(Placement p) {
    YamlMapping.Builder m = YamlMapping.builder();
    if (!p.constraints().isEmpty()) {
      m.put("constraints", YamlSequence.ofStrings(p.constraints()));
    }
    if (!p.preferences().isEmpty()) {
      m.put("preferences", YamlSequence.of(p.preferences().stream()
          .<YamlNode>map(s -> YamlMapping.builder().put("spread", s).build()).toList()));
    }
    p.maxReplicasPerNode().ifPresent(v -> m.put("max_replicas_per_node", number(v)));
    p.other().forEach(m::put);
    return m.build();
  }

  static YamlMapping develop(Develop develop) {
    YamlMapping.Builder m = YamlMapping.builder();
    if (!develop.watch().isEmpty()) {
      m.put("watch", YamlSequence.of(develop.watch().stream().map(SectionWriter::watchRule).toList()));
    }
    develop.other().forEach(m::put);
    return m.build();
  }

  private static YamlNode watchRule(WatchRule w) {
    YamlMapping.Builder m = YamlMapping.builder();
    m.put("action", w.action().text());
    m.put("path", w.path());
    w.target().ifPresent(v -> m.put("target", v));
    if (!w.include().isEmpty()) {
      m.put("include", YamlSequence.ofStrings(w.include()));
    }
    if (!w.ignore().isEmpty()) {
      m.put("ignore", YamlSequence.ofStrings(w.ignore()));
    }
    w.initialSync().ifPresent(v -> m.put("initial_sync", YamlScalar.bool(v)));
    w.exec().ifPresent(h -> m.put("exec", hook(h)));
    w.other().forEach(m::put);
    return m.build();
  }

  private static YamlNode hook(ServiceHook h) {
    YamlMapping.Builder m = YamlMapping.builder();
    m.put("command", h.command());
    h.user().ifPresent(v -> m.put("user", v));
    h.privileged().ifPresent(v -> m.put("privileged", YamlScalar.bool(v)));
    h.workingDir().ifPresent(v -> m.put("working_dir", v));
    if (!h.environment().isEmpty()) {
      YamlMapping.Builder env = YamlMapping.builder();
      h.environment().forEach((k, v) -> env.put(k, v.<YamlNode>map(YamlScalar::string)
          .orElse(YamlScalar.nullValue())));
      m.put("environment", env.build());
    }
    h.other().forEach(m::put);
    return m.build();
  }

  private static YamlMapping strings(Map<String, String> values) {
    YamlMapping.Builder m = YamlMapping.builder();
    values.forEach(m::put);
    return m.build();
  }

  /**
   * A number as a YAML number, keeping its text ({@code 0.50} stays {@code 0.50}) where YAML 1.1 and 1.2 read the
   * same number from it; anything else a string ({@code '010'}, which compose reads as 10 and no reader as octal).
   */
  private static YamlNode number(String text) {
    return YamlScalar.isPortableNumber(text) ? YamlScalar.number(text) : YamlScalar.string(text);
  }
}
