package dev.devopskit.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.IndependentYaml;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import dev.devopskit.docker.Compose;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any typed logging, deploy and develop section written and read back is equal to itself. */
class ServiceSectionsPropertyTest {

  @Property(tries = 150)
  void should_round_trip_any_typed_section(@ForAll("logging") Optional<Logging> logging,
      @ForAll("deploy") Optional<Deploy> deploy, @ForAll("develop") Optional<Develop> develop) {
    Service.Builder service = Service.builder().image("acme/app:1.0");
    logging.ifPresent(service::logging);
    deploy.ifPresent(service::deploy);
    develop.ifPresent(service::develop);
    ComposeFile file = ComposeFile.builder().putService("app", service.build()).build();
    String yaml = Compose.text(file, WriteOptions.noHeader());
    Parsed<ComposeFile> again = Compose.read(SourceFile.of("compose.yaml", yaml));
    assertThat(again.findings()).as(yaml).isEmpty();
    assertThat(again.value()).as(yaml).contains(file);
  }

  /**
   * Any compose file built from the model, with numbers in every YAML spelling, nulls and empty mappings, prints as
   * text that YAML 1.1 and 1.2 readers read as the tree the writer built, and that reads back equal.
   */
  @Property(tries = 150)
  void should_print_files_that_yaml_1_1_and_1_2_readers_read_as_the_tree(@ForAll("logging") Optional<Logging> logging,
      @ForAll("deploy") Optional<Deploy> deploy, @ForAll("extension") YamlNode extension,
      @ForAll("environment") Map<String, Optional<String>> environment, @ForAll boolean services) {
    ComposeFile.Builder file = ComposeFile.builder().putExtension("x-value", extension)
        .putVolume("data", Resource.empty()).servicesKey(services);
    if (services) {
      Service.Builder service = Service.builder().image("acme/app:1.0").putAllEnvironment(environment);
      logging.ifPresent(service::logging);
      deploy.ifPresent(service::deploy);
      file.putService("app", service.build());
    }
    ComposeFile value = file.build();
    String yaml = Compose.text(value, WriteOptions.noHeader());
    Object tree = IndependentYaml.data(Compose.tree(value));
    for (IndependentYaml.Version version : IndependentYaml.Version.values()) {
      assertThat(IndependentYaml.difference(tree, IndependentYaml.load(yaml, version))).as(version + "\n" + yaml)
          .isEmpty();
    }
    assertThat(Compose.read(SourceFile.of("compose.yaml", yaml)).value()).as(yaml).contains(value);
  }

  @Provide
  Arbitrary<YamlNode> extension() {
    Arbitrary<YamlNode> number = Arbitraries.of("20.10", "3.10", "0xf", "0.0", "1e3", "-1.5E-3", ".inf", "-.inf",
        ".nan", "0o17", "010", "+7", "1e300").map(YamlScalar::number);
    Arbitrary<YamlNode> scalar = Arbitraries.oneOf(number, text().map(YamlScalar::string),
        Arbitraries.just(YamlScalar.nullValue()), Arbitraries.of(true, false).map(YamlScalar::bool));
    Arbitrary<YamlNode> mapping = scalar.list().ofMaxSize(3).map(values -> {
      YamlMapping.Builder m = YamlMapping.builder();
      for (int i = 0; i < values.size(); i++) {
        m.put("k" + i, values.get(i));
      }
      return m.build();
    });
    return Arbitraries.oneOf(scalar, mapping, scalar.list().ofMaxSize(3).map(YamlSequence::of));
  }

  @Provide
  Arbitrary<Map<String, Optional<String>>> environment() {
    return Arbitraries.maps(Arbitraries.of("A", "B_VERSION", "C"), Arbitraries.oneOf(text(),
        Arbitraries.of("3.10", "20.1", "1e3", "0755", ".inf", "yes", "~")).optional()).ofMaxSize(3);
  }

  @Property(tries = 150)
  void should_never_throw_on_a_mutated_section(@ForAll("mutations") String text) {
    Parsed<ComposeFile> parsed = Compose.read(SourceFile.of("compose.yaml", text));
    parsed.value().ifPresent(Compose::write);
  }

  @Provide
  Arbitrary<String> mutations() throws java.io.IOException {
    String base;
    try (java.io.InputStream in = getClass().getResourceAsStream("/compose-sections/both-syntaxes.yml")) {
      base = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String[] lines = base.split("\n", -1);
    Arbitrary<String> replacement = Arbitraries.of("", "true", "-1", "[a, b]", "{x: 1}", "${X", "all", "1e9",
        "~", "'0.5'", "sync+exec", "- x");
    return Combinators.combine(Arbitraries.integers().between(0, lines.length - 1), replacement)
        .as((line, value) -> {
          String[] copy = lines.clone();
          int colon = copy[line].indexOf(": ");
          copy[line] = colon < 0 ? copy[line] + value : copy[line].substring(0, colon + 2) + value;
          return String.join("\n", copy);
        });
  }

  private static Arbitrary<String> word() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
  }

  private static Arbitrary<String> text() {
    return Arbitraries.oneOf(word(), Arbitraries.of("3", "true", "null", "", "10m", "a: b", "${LEVEL:-info}",
        "#x", "on"));
  }

  private static Arbitrary<String> whole() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 500).map(String::valueOf),
        Arbitraries.of("${REPLICAS}", "${N:-2}", "007"));
  }

  private static Arbitrary<String> number() {
    return Arbitraries.oneOf(whole(), Arbitraries.of("0.5", "1.25", ".5", "2.0"));
  }

  private static Arbitrary<String> duration() {
    return Arbitraries.of("10s", "1m30s", "500ms", "2h", "0", "${DELAY:-5s}");
  }

  private static Arbitrary<Map<String, YamlNode>> extensions() {
    return Arbitraries.maps(word().map(w -> "x-" + w), text().map(t -> (YamlNode) YamlScalar.string(t)))
        .ofMaxSize(2);
  }

  @Provide
  Arbitrary<Optional<Logging>> logging() {
    return Combinators.combine(word().optional(), Arbitraries.maps(word(), text()).ofMaxSize(3), extensions())
        .as((driver, options, other) -> Logging.builder().driver(driver).putAllOptions(options)
            .putAllOther(other).build()).optional();
  }

  private static Arbitrary<ResourceSpec> spec(boolean limits) {
    Arbitrary<List<DeviceRequest>> devices = limits ? Arbitraries.just(List.of())
        : device().list().ofMaxSize(2);
    Arbitrary<Optional<String>> pids = limits ? whole().optional() : Arbitraries.just(Optional.empty());
    return Combinators.combine(number().optional(), Arbitraries.of("512m", "1.5G", "1g", "2048", "${MEM}")
        .optional(), pids, devices, extensions()).as((cpus, memory, p, d, other) -> ResourceSpec.builder()
        .cpus(cpus).memory(memory).pids(p).addAllDevices(d).putAllOther(other).build());
  }

  private static Arbitrary<DeviceRequest> device() {
    return Combinators.combine(word().list().ofMinSize(1).ofMaxSize(2), word().optional(),
        Arbitraries.oneOf(whole(), Arbitraries.just("all")).optional(), Arbitraries.of("0", "1", "GPU-a")
        .list().ofMaxSize(2), Arbitraries.maps(word(), text()).ofMaxSize(2)).as((caps, driver, count, ids,
        options) -> DeviceRequest.builder().addAllCapabilities(caps).driver(driver)
        .count(ids.isEmpty() ? count : Optional.empty()).addAllDeviceIds(ids).putAllOptions(options).build());
  }

  private static Arbitrary<UpdateConfig> update() {
    return Combinators.combine(whole().optional(), duration().optional(),
        Arbitraries.of("continue", "pause", "rollback").optional(), duration().optional(),
        Arbitraries.of("0", "0.1", "1", "${RATIO}").optional(), Arbitraries.of(UpdateConfig.ORDERS).optional(),
        extensions()).as((parallelism, delay, action, monitor, ratio, order, other) -> UpdateConfig.builder()
        .parallelism(parallelism).delay(delay).failureAction(action).monitor(monitor).maxFailureRatio(ratio)
        .order(order).putAllOther(other).build());
  }

  @Provide
  Arbitrary<Optional<Deploy>> deploy() {
    Arbitrary<DeployResources> resources = Combinators.combine(spec(true).optional(), spec(false).optional())
        .as((l, r) -> DeployResources.builder().limits(l).reservations(r).build());
    Arbitrary<RestartPolicy> restart = Combinators.combine(Arbitraries.of(RestartPolicy.CONDITIONS).optional(),
        duration().optional(), whole().optional(), duration().optional()).as((c, d, m, w) -> RestartPolicy
        .builder().condition(c).delay(d).maxAttempts(m).window(w).build());
    Arbitrary<Placement> placement = Combinators.combine(Arbitraries.of("node.role == worker",
        "node.labels.disk == ssd").list().ofMaxSize(2), word().map(w -> "node.labels." + w).list().ofMaxSize(2),
        whole().optional()).as((c, p, m) -> Placement.builder().addAllConstraints(c).addAllPreferences(p)
        .maxReplicasPerNode(m).build());
    Arbitrary<Deploy.Builder> head = Combinators.combine(Arbitraries.of(Deploy.MODES).optional(),
        whole().optional(), Arbitraries.of("vip", "dnsrr").optional(), Arbitraries.maps(word(), text())
        .ofMaxSize(2), extensions()).as((mode, replicas, endpoint, labels, other) -> {
          Deploy.Builder b = Deploy.builder();
          b.mode(mode).replicas(replicas).endpointMode(endpoint).putAllLabels(labels).putAllOther(other);
          return b;
        });
    return Combinators.combine(head, resources.optional(), restart.optional(), update().optional(),
        update().optional(), placement.optional()).as((b, r, rp, u, rb, p) -> b.resources(r).restartPolicy(rp)
        .updateConfig(u).rollbackConfig(rb).placement(p).build()).optional();
  }

  @Provide
  Arbitrary<Optional<Develop>> develop() {
    Arbitrary<WatchRule> rule = Combinators.combine(Arbitraries.of(WatchRule.Action.class), word()
        .map(w -> "./" + w), word().map(w -> "/app/" + w), Arbitraries.of("node_modules/", "*.log", "**/tmp")
        .list().ofMaxSize(2), Arbitraries.of("*.js", "src/**").list().ofMaxSize(2), Arbitraries.of(true, false)
        .optional(), extensions()).as((action, path, target, ignore, include, initial, other) -> {
          WatchRule.Builder b = WatchRule.builder().action(action).path(path).addAllIgnore(ignore)
              .addAllInclude(include).initialSync(initial).putAllOther(other);
          if (action.syncs()) {
            b.target(target);
          }
          if (action == WatchRule.Action.SYNC_EXEC) {
            b.exec(ServiceHook.builder().command(YamlScalar.string("kill -HUP 1")).user("root")
                .putEnvironment("RELOAD", Optional.of("1")).build());
          }
          return b.build();
        });
    return Combinators.combine(rule.list().ofMaxSize(3), extensions())
        .as((watch, other) -> Develop.builder().addAllWatch(watch).putAllOther(other).build()).optional();
  }
}
