package dev.devopskit.kit.internal;

import dev.devopskit.core.environment.Environment;
import dev.devopskit.core.project.BackingService;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.core.yaml.Yaml;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.core.yaml.YamlWriteOptions;
import dev.devopskit.kit.Descriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes {@code devops.yaml} in the house style, keys in the documented order. */
public final class DescriptorWriter {
  private DescriptorWriter() {}

  /** The text of a descriptor. */
  public static String write(Descriptor descriptor) {
    YamlMapping.Builder root = YamlMapping.builder();
    descriptor.name().ifPresent(n -> root.put("name", n));
    if (descriptor.packageManager().isPresent() || descriptor.version().isPresent()
        || descriptor.commands().isPresent()) {
      YamlMapping.Builder toolchain = YamlMapping.builder();
      descriptor.packageManager().ifPresent(pm -> toolchain.put("packageManager", pm.label()));
      descriptor.version().ifPresent(v -> toolchain.put("version", v));
      descriptor.commands().ifPresent(c -> toolchain.putIfNotEmpty("commands", commands(c)));
      root.put("toolchain", toolchain.build());
    }
    if (!descriptor.services().isEmpty()) {
      List<YamlMapping> services = new ArrayList<>();
      for (BackingService service : descriptor.services()) {
        services.add(YamlMapping.builder().put("kind", service.kind().name().toLowerCase(Locale.ROOT))
            .put("version", service.version()).put("name", service.name())
            .put("port", YamlScalar.integer(service.port())).put("database", service.database())
            .put("user", service.user()).build());
      }
      root.put("services", YamlSequence.of(services));
    }
    descriptor.health().ifPresent(h -> root.put("health", YamlMapping.builder().put("path", h.path())
        .put("port", YamlScalar.integer(h.port())).build()));
    descriptor.registry().ifPresent(r -> root.put("registry", r));
    descriptor.deployCommand().ifPresent(d -> root.put("deploy", YamlMapping.builder().put("command", d).build()));
    descriptor.trunk().ifPresent(t -> root.put("trunk", t));
    descriptor.environments().ifPresent(envs -> {
      List<YamlMapping> list = new ArrayList<>();
      for (Environment environment : envs.environments()) {
        YamlMapping.Builder e = YamlMapping.builder().put("name", environment.name())
            .put("tier", environment.tier().id()).put("deployment", environment.deployment().id());
        environment.url().ifPresent(u -> e.put("url", u));
        if (!environment.reviewers().isEmpty()) {
          e.put("reviewers", YamlSequence.ofStrings(environment.reviewers()));
        }
        list.add(e.build());
      }
      root.put("environments", YamlSequence.of(list));
    });
    descriptor.flagFile().ifPresent(f -> root.put("flags", f));
    if (descriptor.availability().isPresent() || descriptor.latency().isPresent()
        || descriptor.latencyThresholdSeconds().isPresent()) {
      YamlMapping.Builder slo = YamlMapping.builder();
      descriptor.availability().ifPresent(a -> slo.put("availability", YamlScalar.number(number(a))));
      descriptor.latency().ifPresent(a -> slo.put("latency", YamlScalar.number(number(a))));
      descriptor.latencyThresholdSeconds().ifPresent(a -> slo.put("latencyThresholdSeconds",
          YamlScalar.number(number(a))));
      root.put("slo", slo.build());
    }
    if (descriptor.backupDestination().isPresent() || descriptor.backupRetentionDays().isPresent()) {
      YamlMapping.Builder backup = YamlMapping.builder();
      descriptor.backupDestination().ifPresent(d -> backup.put("destination", d));
      descriptor.backupRetentionDays().ifPresent(d -> backup.put("retentionDays", YamlScalar.integer(d)));
      root.put("backup", backup.build());
    }
    return Yaml.write(root.build(), YamlWriteOptions.defaults()
        .withHeader("Project descriptor for devops-kit: facts it cannot detect. See docs/kit.md."));
  }

  private static YamlMapping commands(Toolchain.Commands commands) {
    YamlMapping.Builder builder = YamlMapping.builder();
    commands.lint().ifPresent(c -> builder.put("lint", c));
    commands.typeCheck().ifPresent(c -> builder.put("typeCheck", c));
    commands.unitTest().ifPresent(c -> builder.put("unitTest", c));
    commands.integrationTest().ifPresent(c -> builder.put("integrationTest", c));
    commands.build().ifPresent(c -> builder.put("build", c));
    return builder.build();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
