package dev.devopskit.docker.internal.compose;

import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.core.yaml.YamlWriteOptions;
import dev.devopskit.docker.compose.Build;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.compose.Dependency;
import dev.devopskit.docker.compose.Healthcheck;
import dev.devopskit.docker.compose.Port;
import dev.devopskit.docker.compose.Resource;
import dev.devopskit.docker.compose.Service;
import dev.devopskit.docker.compose.ServiceReference;
import dev.devopskit.docker.compose.ServiceVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes canonical compose: no {@code version}, keys in the order of the specification's documentation, the
 * short syntax wherever it says everything (ports, volumes, depends_on, build), maps for environment and labels.
 * Interpolations are written as they are, never resolved.
 */
public final class ComposeWriter {
  private ComposeWriter() {}

  /** The text of a compose file, with an optional header comment. */
  public static String write(ComposeFile file, Optional<String> header) {
    YamlWriteOptions options = YamlWriteOptions.defaults().withBlankLines(true);
    if (header.isPresent()) {
      options = options.withHeader(header.get());
    }
    return Yaml.write(tree(file), options);
  }

  /** The YAML tree of a compose file. */
  public static YamlMapping tree(ComposeFile file) {
    YamlMapping.Builder top = YamlMapping.builder();
    file.name().ifPresent(n -> top.put("name", n));
    file.extensions().forEach(top::put);
    if (!file.include().isEmpty()) {
      top.put("include", YamlSequence.of(file.include()));
    }
    if (!file.services().isEmpty() || file.servicesKey()) {
      YamlMapping.Builder services = YamlMapping.builder();
      file.services().forEach((name, service) -> services.put(name, service(service)));
      top.put("services", services.build());
    }
    resources(top, "networks", file.networks());
    resources(top, "volumes", file.volumes());
    resources(top, "configs", file.configs());
    resources(top, "secrets", file.secrets());
    file.other().forEach(top::put);
    return top.build();
  }

  private static void resources(YamlMapping.Builder top, String key, Map<String, Resource> resources) {
    if (resources.isEmpty()) {
      return;
    }
    YamlMapping.Builder out = YamlMapping.builder();
    resources.forEach((name, r) -> {
      if (r.attributes().isEmpty()) {
        out.put(name, YamlScalar.nullValue());
      } else {
        YamlMapping.Builder attrs = YamlMapping.builder();
        r.attributes().forEach(attrs::put);
        out.put(name, attrs.build());
      }
    });
    top.put(key, out.build());
  }

  /** The YAML of one service. */
  public static YamlMapping service(Service s) {
    YamlMapping.Builder m = YamlMapping.builder();
    s.extendsFrom().ifPresent(e -> m.put("extends", e.file().isEmpty() ? YamlScalar.string(e.service())
        : YamlMapping.builder().put("service", e.service()).put("file", e.file().get()).build()));
    s.image().ifPresent(i -> m.put("image", i));
    s.buildFrom().ifPresent(b -> m.put("build", build(b)));
    s.containerName().ifPresent(v -> m.put("container_name", v));
    s.command().ifPresent(v -> m.put("command", v));
    s.entrypoint().ifPresent(v -> m.put("entrypoint", v));
    s.workingDir().ifPresent(v -> m.put("working_dir", v));
    s.user().ifPresent(v -> m.put("user", v));
    if (!s.environment().isEmpty()) {
      m.put("environment", optionalMap(s.environment()));
    }
    if (!s.envFiles().isEmpty()) {
      m.put("env_file", YamlSequence.ofStrings(s.envFiles()));
    }
    if (!s.ports().isEmpty()) {
      m.put("ports", YamlSequence.of(s.ports().stream().map(ComposeWriter::port).toList()));
    }
    if (!s.expose().isEmpty()) {
      m.put("expose", YamlSequence.ofStrings(s.expose()));
    }
    if (!s.volumes().isEmpty()) {
      m.put("volumes", YamlSequence.of(s.volumes().stream().map(ComposeWriter::volume).toList()));
    }
    if (!s.dependsOn().isEmpty()) {
      m.put("depends_on", dependsOn(s.dependsOn()));
    }
    s.healthcheck().ifPresent(h -> m.put("healthcheck", healthcheck(h)));
    s.restart().ifPresent(v -> m.put("restart", v));
    s.init().ifPresent(v -> m.put("init", YamlScalar.bool(v)));
    s.stopGracePeriod().ifPresent(v -> m.put("stop_grace_period", v));
    if (!s.networks().isEmpty()) {
      boolean plain = s.networks().values().stream().allMatch(YamlNode::isNull);
      if (plain) {
        m.put("networks", YamlSequence.ofStrings(new ArrayList<>(s.networks().keySet())));
      } else {
        YamlMapping.Builder n = YamlMapping.builder();
        s.networks().forEach(n::put);
        m.put("networks", n.build());
      }
    }
    if (!s.secrets().isEmpty()) {
      m.put("secrets", references(s.secrets()));
    }
    if (!s.configs().isEmpty()) {
      m.put("configs", references(s.configs()));
    }
    if (!s.profiles().isEmpty()) {
      m.put("profiles", YamlSequence.ofStrings(s.profiles()));
    }
    if (!s.labels().isEmpty()) {
      YamlMapping.Builder l = YamlMapping.builder();
      s.labels().forEach(l::put);
      m.put("labels", l.build());
    }
    s.logging().ifPresent(v -> m.put("logging", SectionWriter.logging(v)));
    s.deploy().ifPresent(v -> m.put("deploy", SectionWriter.deploy(v)));
    s.develop().ifPresent(v -> m.put("develop", SectionWriter.develop(v)));
    s.other().forEach(m::put);
    return m.build();
  }

  private static YamlMapping optionalMap(Map<String, Optional<String>> values) {
    YamlMapping.Builder out = YamlMapping.builder();
    values.forEach((k, v) -> out.put(k, v.<YamlNode>map(YamlScalar::string).orElse(YamlScalar.nullValue())));
    return out.build();
  }

  private static YamlNode build(Build b) {
    if (b.isShort()) {
      return YamlScalar.string(b.context().get());
    }
    YamlMapping.Builder m = YamlMapping.builder();
    b.context().ifPresent(v -> m.put("context", v));
    b.dockerfile().ifPresent(v -> m.put("dockerfile", v));
    b.target().ifPresent(v -> m.put("target", v));
    if (!b.args().isEmpty()) {
      m.put("args", optionalMap(b.args()));
    }
    b.options().forEach(m::put);
    return m.build();
  }

  private static YamlNode port(Port p) {
    if (p.isShort()) {
      return YamlScalar.string(p.shortSyntax());
    }
    YamlMapping.Builder m = YamlMapping.builder();
    p.name().ifPresent(v -> m.put("name", v));
    m.put("target", number(p.target()));
    p.hostIp().ifPresent(v -> m.put("host_ip", v));
    p.published().ifPresent(v -> m.put("published", v));
    p.protocol().ifPresent(v -> m.put("protocol", v));
    p.appProtocol().ifPresent(v -> m.put("app_protocol", v));
    p.mode().ifPresent(v -> m.put("mode", v));
    return m.build();
  }

  private static YamlNode number(String text) {
    return text.matches("[0-9]{1,9}") ? YamlScalar.integer(Long.parseLong(text)) : YamlScalar.string(text);
  }

  private static YamlNode volume(ServiceVolume v) {
    if (v.isShort()) {
      return YamlScalar.string(v.shortSyntax());
    }
    YamlMapping.Builder m = YamlMapping.builder();
    m.put("type", v.type());
    v.source().ifPresent(s -> m.put("source", s));
    m.put("target", v.target());
    if (v.readOnly()) {
      m.put("read_only", YamlScalar.bool(true));
    }
    v.options().forEach(m::put);
    return m.build();
  }

  private static YamlNode dependsOn(Map<String, Dependency> deps) {
    if (deps.values().stream().allMatch(Dependency::isShort)) {
      return YamlSequence.ofStrings(new ArrayList<>(deps.keySet()));
    }
    YamlMapping.Builder m = YamlMapping.builder();
    deps.forEach((name, d) -> {
      YamlMapping.Builder e = YamlMapping.builder();
      e.put("condition", d.effectiveCondition());
      d.restart().ifPresent(r -> e.put("restart", YamlScalar.bool(r)));
      d.required().ifPresent(r -> e.put("required", YamlScalar.bool(r)));
      m.put(name, e.build());
    });
    return m.build();
  }

  private static YamlNode healthcheck(Healthcheck h) {
    YamlMapping.Builder m = YamlMapping.builder();
    if (!h.test().isEmpty()) {
      m.put("test", YamlSequence.ofStrings(h.test()));
    }
    for (String key : List.of("interval", "timeout", "retries", "start_period", "start_interval")) {
      if (h.options().containsKey(key)) {
        m.put(key, h.options().get(key));
      }
    }
    h.options().forEach((k, v) -> {
      if (!List.of("interval", "timeout", "retries", "start_period", "start_interval").contains(k)) {
        m.put(k, v);
      }
    });
    if (h.disable()) {
      m.put("disable", YamlScalar.bool(true));
    }
    return m.build();
  }

  private static YamlNode references(List<ServiceReference> refs) {
    List<YamlNode> items = new ArrayList<>();
    for (ServiceReference r : refs) {
      if (r.options().isEmpty()) {
        items.add(YamlScalar.string(r.source()));
      } else {
        YamlMapping.Builder m = YamlMapping.builder();
        m.put("source", r.source());
        r.options().forEach(m::put);
        items.add(m.build());
      }
    }
    return YamlSequence.of(items);
  }
}
