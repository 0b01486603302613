package dev.devopskit.docker.internal.compose;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlReadContext;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads a service's {@code logging}, {@code deploy} and {@code develop} into typed values. Each field is checked
 * where it is written, with the value types' own messages, so a bad {@code replicas} points at its line; keys
 * compose does not know are reported and kept.
 */
final class SectionReader {
  static final List<String> LOGGING = List.of("driver", "options");
  static final List<String> DEPLOY = List.of("mode", "replicas", "endpoint_mode", "labels", "resources",
      "restart_policy", "update_config", "rollback_config", "placement");
  static final List<String> RESOURCES = List.of("limits", "reservations");
  static final List<String> LIMITS = List.of("cpus", "memory", "pids");
  static final List<String> RESERVATIONS = List.of("cpus", "memory", "generic_resources", "devices");
  static final List<String> DEVICE = List.of("capabilities", "driver", "count", "device_ids", "options");
  static final List<String> RESTART = List.of("condition", "delay", "max_attempts", "window");
  static final List<String> UPDATE = List.of("parallelism", "delay", "failure_action", "monitor",
      "max_failure_ratio", "order");
  static final List<String> PLACEMENT = List.of("constraints", "preferences", "max_replicas_per_node");
  static final List<String> DEVELOP = List.of("watch");
  static final List<String> WATCH = List.of("action", "path", "target", "ignore", "include", "initial_sync",
      "exec");
  static final List<String> HOOK = List.of("command", "user", "privileged", "working_dir", "environment");

  private static final String WHOLE = "write a whole number like 2, or a variable like ${REPLICAS:-2}";
  private static final String NUMBER = "write a number like 0.5, or a variable";
  private static final String DURATION = "write a duration like 10s or 1m30s, or a variable";
  private static final String SIZE = "write a size like 512m or 1g, or a variable";

  private final YamlReadContext ctx;

  SectionReader(YamlReadContext ctx) {
    this.ctx = ctx;
  }

  Optional<Logging> logging(YamlNode v, DocPath p) {
    return ctx.mapping(v, p).flatMap(m -> {
      Logging.Builder b = Logging.builder();
      for (YamlMapping.Entry e : m.entries()) {
        DocPath ep = p.key(e.name());
        switch (e.name()) {
          case "driver" -> ctx.string(e.value(), ep).ifPresent(b::driver);
          case "options" -> ctx.stringMap(e.value(), ep).forEach(b::putOption);
          default -> other(e, p, LOGGING, b::putOther);
        }
      }
      return build(b::build, v, p);
    });
  }

  Optional<Deploy> deploy(YamlNode v, DocPath p) {
    return ctx.mapping(v, p).flatMap(m -> {
      Deploy.Builder b = Deploy.builder();
      for (YamlMapping.Entry e : m.entries()) {
        DocPath ep = p.key(e.name());
        YamlNode value = e.value();
        switch (e.name()) {
          case "mode" -> checked(value, ep, x -> Deploy.builder().mode(x).build(),
              "use one of " + String.join(", ", Deploy.MODES)).ifPresent(b::mode);
          case "replicas" -> checked(value, ep, x -> Deploy.builder().replicas(x).build(), WHOLE)
              .ifPresent(b::replicas);
          case "endpoint_mode" -> checked(value, ep, x -> Deploy.builder().endpointMode(x).build(),
              "use vip or dnsrr").ifPresent(b::endpointMode);
          case "labels" -> keyValues(value, ep).forEach((k, val) -> b.putLabel(k, val.orElse("")));
          case "resources" -> resources(value, ep).ifPresent(b::resources);
          case "restart_policy" -> restartPolicy(value, ep).ifPresent(b::restartPolicy);
          case "update_config" -> updateConfig(value, ep).ifPresent(b::updateConfig);
          case "rollback_config" -> updateConfig(value, ep).ifPresent(b::rollbackConfig);
          case "placement" -> placement(value, ep).ifPresent(b::placement);
          default -> other(e, p, DEPLOY, b::putOther);
        }
      }
      return build(b::build, v, p);
    });
  }

  private Optional<DeployResources> resources(YamlNode v, DocPath p) {
    return ctx.mapping(v, p).flatMap(m -> {
      DeployResources.Builder b = DeployResources.builder();
      for (YamlMapping.Entry e : m.entries()) {
        DocPath ep = p.key(e.name());
        switch (e.name()) {
          case "limits" -> resourceSpec(e.value(), ep, LIMITS).ifPresent(b::limits);
          case "reservations" -> resourceSpec(e.value(), ep, RESERVATIONS).ifPresent(b::reservations);
          default -> other(e, p, RESOURCES, b::putOther);
        }
      }
      return build(b::build, v, p);
    });
  }

  private Optional<ResourceSpec> resourceSpec(YamlNode v, DocPath p, List<String> known) {
    return ctx.mapping(v, p).flatMap(m -> {
      ResourceSpec.Builder b = ResourceSpec.builder();
      for (YamlMapping.Entry e : m.entries()) {
        DocPath ep = p.key(e.name());
        YamlNode value = e.value();
        if (!known.contains(e.name())) {
          other(e, p, known, b::putOther);
          continue;
        }
        switch (e.name()) {
          case "cpus" -> checked(value, ep, x -> ResourceSpec.builder().cpus(x).build(), NUMBER)
              .ifPresent(b::cpus);
          case "memory" -> checked(value, ep, x -> ResourceSpec.builder().memory(x).build(), SIZE)
              .ifPresent(b::memory);
          case "pids" -> checked(value, ep, x -> ResourceSpec.builder().pids(x).build(), WHOLE)
              .ifPresent(b::pids);
          case "devices" -> devices(value, ep).forEach(b::addDevice);
          default -> b.putOther(e.name(), value);
        }
      }
      return build(b::build, v, p);
    });
  }

  private List<DeviceRequest> devices(YamlNode v, DocPath p) {
    List<DeviceRequest> out = new ArrayList<>();
    if (!(v instanceof YamlSequence seq)) {
      if (!v.isNull()) {
        ctx.error(v, p, "'" + p + "' must be a list of device requests", "write - capabilities: [gpu]");
      }
      return out;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      DocPath ip = p.index(i);
      ctx.mapping(item, ip).flatMap(m -> {
        DeviceRequest.Builder b = DeviceRequest.builder();
        for (YamlMapping.Entry e : m.entries()) {
          DocPath ep = ip.key(e.name());
          switch (e.name()) {
            case "capabilities" -> b.addAllCapabilities(ctx.stringList(e.value(), ep));
            case "driver" -> ctx.string(e.value(), ep).ifPresent(b::driver);
            case "count" -> checked(e.value(), ep, x -> DeviceRequest.builder().addCapability("gpu").count(x)
                .build(), "write a whole number, all, or a variable").ifPresent(b::count);
            case "device_ids" -> b.addAllDeviceIds(ctx.stringList(e.value(), ep));
            case "options" -> keyValues(e.value(), ep).forEach((k, val) -> b.putOption(k, val.orElse("")));
            default -> other(e, ip, DEVICE, b::putOther);
          }
        }
        if (m.get("capabilities").isEmpty()) {
          ctx.error(item, ip, "a device request needs 'capabilities'", "add capabilities: [gpu]");
          return Optional.empty();
        }
        return build(b::build, item, ip, "keep either count or device_ids");
      }).ifPresent(out::add);
    }
    return out;
  }

  private Optional<RestartPolicy> restartPolicy(YamlNode v, DocPath p) {
    return ctx.mapping(v, p).flatMap(m -> {
      RestartPolicy.Builder b = RestartPolicy.builder();
      for (YamlMapping.Entry e : m.entries()) {
        DocPath ep = p.key(e.name());
        YamlNode value = e.value();
        switch (e.name()) {
          case "condition" -> checked(value, ep, x -> RestartPolicy.builder().condition(x).build(),
              "use one of " + String.join(", ", RestartPolicy.CONDITIONS)).ifPresent(b::condition);
          case "delay" -> checked(value, ep, x -> RestartPolicy.builder().delay(x).build(), DURATION)
              .ifPresent(b::delay);
          case "max_attempts" -> checked(value, ep, x -> RestartPolicy.builder().maxAttempts(x).build(), WHOLE)
              .ifPresent(b::maxAttempts);
          case "window" -> checked(value, ep, x -> RestartPolicy.builder().window(x).build(), DURATION)
              .ifPresent(b::window);
          default -> other(e, p, RESTART, b::putOther);
        }
      }
      return build(b::build, v, p);
    });
  }

  private Optional<UpdateConfig> updateConfig(YamlNode v, DocPath p) {
    return ctx.mapping(v, p).flatMap(m -> {
      UpdateConfig.Builder b = UpdateConfig.builder();
      for (YamlMapping.Entry e : m.entries()) {
        DocPath ep = p.key(e.name());
        YamlNode value = e.value();
        switch (e.name()) {
          case "parallelism" -> checked(value, ep, x -> UpdateConfig.builder().parallelism(x).build(), WHOLE)
              .ifPresent(b::parallelism);
          case "delay" -> checked(value, ep, x -> UpdateConfig.builder().delay(x).build(), DURATION)
              .ifPresent(b::delay);
          case "failure_action" -> checked(value, ep, x -> UpdateConfig.builder().failureAction(x).build(),
              "use continue, pause or rollback").ifPresent(b::failureAction);
          case "monitor" -> checked(value, ep, x -> UpdateConfig.builder().monitor(x).build(), DURATION)
              .ifPresent(b::monitor);
          case "max_failure_ratio" -> checked(value, ep, x -> UpdateConfig.builder().maxFailureRatio(x).build(),
              "write a number from 0 to 1, or a variable").ifPresent(b::maxFailureRatio);
          case "order" -> checked(value, ep, x -> UpdateConfig.builder().order(x).build(),
              "use stop-first or start-first").ifPresent(b::order);
          default -> other(e, p, UPDATE, b::putOther);
        }
      }
      return build(b::build, v, p);
    });
  }

  private Optional<Placement> placement(YamlNode v, DocPath p) {
    return ctx.mapping(v, p).flatMap(m -> {
      Placement.Builder b = Placement.builder();
      for (YamlMapping.Entry e : m.entries()) {
        DocPath ep = p.key(e.name());
        switch (e.name()) {
          case "constraints" -> b.addAllConstraints(ctx.stringList(e.value(), ep));
          case "preferences" -> preferences(e.value(), ep, b);
          case "max_replicas_per_node" -> checked(e.value(), ep, x -> Placement.builder().maxReplicasPerNode(x)
              .build(), WHOLE).ifPresent(b::maxReplicasPerNode);
          default -> other(e, p, PLACEMENT, b::putOther);
        }
      }
      return build(b::build, v, p);
    });
  }

  private void preferences(YamlNode v, DocPath p, Placement.Builder b) {
    if (!(v instanceof YamlSequence seq)) {
      if (!v.isNull()) {
        ctx.error(v, p, "'" + p + "' must be a list", "write - spread: node.labels.zone");
      }
      return;
    }
    List<String> spreads = new ArrayList<>();
    boolean plain = true;
    for (int i = 0; i < seq.items().size(); i++) {
      DocPath ip = p.index(i);
      Optional<YamlMapping> item = ctx.mapping(seq.items().get(i), ip);
      if (item.isEmpty()) {
        continue;
      }
      for (YamlMapping.Entry e : item.get().entries()) {
        if (e.name().equals("spread")) {
          ctx.string(e.value(), ip.key("spread")).ifPresent(spreads::add);
        } else {
          plain = false;
          if (!e.name().startsWith("x-")) {
            ctx.unknownKeys(YamlMapping.read(List.of(e), null, null), ip, List.of("spread"));
          }
        }
      }
    }
    if (plain) {
      b.addAllPreferences(spreads);
    } else {
      b.putOther("preferences", v);
    }
  }

  Optional<Develop> develop(YamlNode v, DocPath p) {
    return ctx.mapping(v, p).flatMap(m -> {
      Develop.Builder b = Develop.builder();
      for (YamlMapping.Entry e : m.entries()) {
        DocPath ep = p.key(e.name());
        if (e.name().equals("watch")) {
          if (e.value() instanceof YamlSequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
              watchRule(seq.items().get(i), ep.index(i)).ifPresent(b::addWatch);
            }
          } else if (!e.value().isNull()) {
            ctx.error(e.value(), ep, "'" + ep + "' must be a list of rules",
                "write - action: sync, with path and target");
          }
        } else {
          other(e, p, DEVELOP, b::putOther);
        }
      }
      return build(b::build, v, p);
    });
  }

  private Optional<WatchRule> watchRule(YamlNode v, DocPath p) {
    return ctx.mapping(v, p).flatMap(m -> {
      WatchRule.Builder b = WatchRule.builder();
      boolean complete = true;
      for (YamlMapping.Entry e : m.entries()) {
        DocPath ep = p.key(e.name());
        switch (e.name()) {
          case "action" -> {
            Optional<String> text = ctx.string(e.value(), ep);
            Optional<WatchRule.Action> action = text.flatMap(WatchRule.Action::of);
            if (action.isPresent()) {
              b.action(action.get());
            } else {
              complete = false;
              text.ifPresent(t -> {
                String suggestion = YamlReadContext.suggest(t, WatchRule.Action.texts());
                ctx.error(e.value(), ep, "unknown watch action '" + t + "'" + (suggestion.isEmpty() ? ""
                    : "; did you mean '" + suggestion + "'?"), "use one of "
                    + String.join(", ", WatchRule.Action.texts()));
              });
            }
          }
          case "path" -> ctx.string(e.value(), ep).ifPresent(b::path);
          case "target" -> ctx.string(e.value(), ep).ifPresent(b::target);
          case "ignore" -> b.addAllIgnore(ctx.stringList(e.value(), ep));
          case "include" -> b.addAllInclude(ctx.stringList(e.value(), ep));
          case "initial_sync" -> ctx.bool(e.value(), ep).ifPresent(b::initialSync);
          case "exec" -> hook(e.value(), ep).ifPresent(b::exec);
          default -> other(e, p, WATCH, b::putOther);
        }
      }
      for (String required : List.of("action", "path")) {
        if (m.get(required).filter(n -> !n.isNull()).isEmpty()) {
          complete = false;
          ctx.error(v, p, "a watch rule needs '" + required + "'", "add " + required + ": "
              + (required.equals("action") ? "sync" : "./src"));
        }
      }
      return complete ? build(b::build, v, p, "give sync actions a target, sync+exec an exec, and no other "
          + "action an exec") : Optional.empty();
    });
  }

  private Optional<ServiceHook> hook(YamlNode v, DocPath p) {
    return ctx.mapping(v, p).flatMap(m -> {
      ServiceHook.Builder b = ServiceHook.builder();
      for (YamlMapping.Entry e : m.entries()) {
        DocPath ep = p.key(e.name());
        switch (e.name()) {
          case "command" -> b.command(e.value());
          case "user" -> ctx.string(e.value(), ep).ifPresent(b::user);
          case "privileged" -> ctx.bool(e.value(), ep).ifPresent(b::privileged);
          case "working_dir" -> ctx.string(e.value(), ep).ifPresent(b::workingDir);
          case "environment" -> b.putAllEnvironment(keyValues(e.value(), ep));
          default -> other(e, p, HOOK, b::putOther);
        }
      }
      if (m.get("command").filter(n -> !n.isNull()).isEmpty()) {
        ctx.error(v, p, "'" + p + "' needs a 'command'", "add command: [\"sh\", \"-c\", \"...\"]");
        return Optional.empty();
      }
      return build(b::build, v, p);
    });
  }

  /** {@code KEY: value} mapping or {@code - KEY=value} list; an empty value in either means none. */
  Map<String, Optional<String>> keyValues(YamlNode v, DocPath p) {
    Map<String, Optional<String>> out = new LinkedHashMap<>();
    if (v instanceof YamlSequence seq) {
      for (int i = 0; i < seq.items().size(); i++) {
        ctx.string(seq.items().get(i), p.index(i)).ifPresent(item -> {
          int eq = item.indexOf('=');
          out.put(eq < 0 ? item : item.substring(0, eq), eq < 0 ? Optional.empty()
              : Optional.of(item.substring(eq + 1)));
        });
      }
    } else {
      ctx.mapping(v, p).ifPresent(m -> m.entries().forEach(e -> {
        if (e.value().isNull()) {
          out.put(e.name(), Optional.empty());
        } else if (e.value() instanceof YamlScalar scalar) {
          // compose-go reads the file as data and then makes text of it: plain 3.10 is the number 3.1, so "3.1"
          out.put(e.name(), Optional.of(scalar.asText()));
        } else {
          ctx.string(e.value(), p.key(e.name()));
        }
      }));
    }
    return out;
  }

  /** A scalar's text, kept when the probe (a value built with it) accepts it, else an error at its line. */
  private Optional<String> checked(YamlNode v, DocPath p, Consumer<String> probe, String fix) {
    if (v instanceof YamlScalar scalar && !scalar.isNull() && scalar.kind() == YamlScalar.Kind.BOOLEAN) {
      ctx.error(v, p, "'" + p + "' must not be true or false", fix);
      return Optional.empty();
    }
    Optional<String> text = ctx.string(v, p);
    if (text.isEmpty()) {
      return text;
    }
    try {
      probe.accept(text.get());
      return text;
    } catch (IllegalArgumentException e) {
      ctx.error(v, p, e.getMessage(), fix);
      return Optional.empty();
    }
  }

  private void other(YamlMapping.Entry e, DocPath parent, List<String> known, BiConsumer<String, YamlNode> keep) {
    if (!e.name().startsWith("x-")) {
      ctx.unknownKeys(YamlMapping.read(List.of(e), null, null), parent, known);
    }
    keep.accept(e.name(), e.value());
  }

  private <T> Optional<T> build(Supplier<T> builder, YamlNode at, DocPath p) {
    return build(builder, at, p, null);
  }

  private <T> Optional<T> build(Supplier<T> builder, YamlNode at, DocPath p, String fix) {
    try {
      return Optional.of(builder.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      ctx.error(at, p, "'" + p + "': " + e.getMessage(), fix);
      return Optional.empty();
    }
  }
}
