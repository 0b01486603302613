package dev.devopskit.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docker.Compose;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed logging, deploy and develop: both syntaxes, positions, findings, canonical output. */
class ServiceSectionsTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = ServiceSectionsTest.class.getResourceAsStream("/compose-sections/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Parsed<ComposeFile> read(String text) {
    return Compose.read(SourceFile.of("compose.yaml", text));
  }

  @Test
  void should_read_every_field_of_both_syntaxes_into_typed_values() throws IOException {
    Parsed<ComposeFile> parsed = read(resource("both-syntaxes.yml"));
    assertThat(parsed.findings()).isEmpty();
    Service api = parsed.value().get().services().get("api");
    assertThat(api.logging()).contains(Logging.jsonFile("10m", 3));
    Deploy deploy = api.deploy().get();
    assertThat(deploy.replicas()).contains("${API_REPLICAS:-2}");
    assertThat(deploy.labels()).containsEntry("com.example.team", "payments");
    ResourceSpec limits = deploy.resources().get().limits().get();
    assertThat(limits.cpus()).contains("0.5");
    assertThat(limits.memory()).contains("512M");
    assertThat(limits.pids()).contains("200");
    ResourceSpec reservations = deploy.resources().get().reservations().get();
    assertThat(reservations.cpus()).contains("0.25");
    assertThat(reservations.devices()).hasSize(2);
    assertThat(reservations.devices().get(0).count()).contains("all");
    assertThat(reservations.devices().get(1).deviceIds()).containsExactly("0", "3");
    assertThat(reservations.devices().get(1).options()).containsEntry("virtualization", "false");
    assertThat(deploy.restartPolicy().get().maxAttempts()).contains("3");
    assertThat(deploy.updateConfig().get().failureAction()).contains("rollback");
    assertThat(deploy.rollbackConfig().get().parallelism()).contains("0");
    assertThat(deploy.placement().get().preferences()).containsExactly("node.labels.zone");
    assertThat(deploy.other()).containsKey("x-note");
    Develop develop = api.develop().get();
    assertThat(develop.watch()).extracting(WatchRule::action).containsExactly(WatchRule.Action.SYNC,
        WatchRule.Action.REBUILD, WatchRule.Action.SYNC_EXEC);
    assertThat(develop.watch().get(0).ignore()).containsExactly("node_modules/");
    assertThat(develop.watch().get(0).initialSync()).contains(true);
    ServiceHook exec = develop.watch().get(2).exec().get();
    assertThat(exec.user()).contains("root");
    assertThat(exec.environment()).containsEntry("RELOAD", Optional.of("1"));
  }

  @Test
  void should_keep_a_position_for_every_element() throws IOException {
    Parsed<ComposeFile> parsed = read(resource("both-syntaxes.yml"));
    assertThat(line(parsed, "services.api.deploy.resources.limits.cpus")).isEqualTo(18);
    assertThat(line(parsed, "services.api.deploy.resources.reservations.devices[1].device_ids[1]")).isEqualTo(28);
    assertThat(line(parsed, "services.api.deploy.placement.preferences[0].spread")).isEqualTo(51);
    assertThat(line(parsed, "services.api.develop.watch[2].exec.user")).isEqualTo(70);
  }

  private static int line(Parsed<ComposeFile> parsed, String path) {
    return parsed.sourceMap().exact(DocPath.parse(path)).orElseThrow().line();
  }

  @Test
  void should_write_canonical_yaml_that_reads_back_equal_and_passes_the_schema() throws IOException {
    ComposeFile file = read(resource("both-syntaxes.yml")).value().get();
    String yaml = Compose.text(file, WriteOptions.noHeader());
    Shared.oracleOutput("schema/compose-spec", "sections-both-syntaxes.yml", yaml);
    assertThat(yaml).contains("      replicas: ${API_REPLICAS:-2}\n").contains("          cpus: 0.5\n")
        .contains("          cpus: 0.25\n").contains("          pids: 200\n").contains("        max_attempts: 3\n")
        .contains("          ignore:\n            - node_modules/\n").doesNotContain("*logging");
    Parsed<ComposeFile> again = read(yaml);
    assertThat(again.findings()).isEmpty();
    assertThat(again.value()).contains(file);
  }

  @Test
  void should_build_sections_in_java_and_write_the_documented_yaml() {
    Service app = Service.builder().image("acme/shop:1.0")
        .logging(Logging.jsonFile("10m", 3))
        .deploy(Deploy.builder().replicas(2)
            .resources(DeployResources.builder()
                .limits(ResourceSpec.builder().cpus("1").memory("512m").build())
                .reservations(ResourceSpec.builder().memory("256m").build()).build())
            .restartPolicy(RestartPolicy.builder().condition("on-failure").maxAttempts(3).build())
            .build())
        .develop(Develop.builder()
            .addWatch(WatchRule.sync("./src", "/app/src"))
            .addWatch(WatchRule.rebuild("package.json")).build())
        .build();
    String yaml = Compose.text(ComposeFile.builder().putService("app", app).build(), WriteOptions.noHeader());
    Shared.oracleOutput("schema/compose-spec", "sections-built-in-java.yml", yaml);
    assertThat(yaml).isEqualTo("""
        services:
          app:
            image: acme/shop:1.0
            logging:
              driver: json-file
              options:
                max-size: 10m
                max-file: '3'
            deploy:
              replicas: 2
              resources:
                limits:
                  cpus: 1
                  memory: 512m
                reservations:
                  memory: 256m
              restart_policy:
                condition: on-failure
                max_attempts: 3
            develop:
              watch:
                - action: sync
                  path: ./src
                  target: /app/src
                - action: rebuild
                  path: package.json
        """);
    assertThat(read(yaml).value().get().services().get("app")).isEqualTo(app);
  }

  @Test
  void should_report_bad_values_at_their_line_with_a_fix_and_never_throw() {
    Parsed<ComposeFile> parsed = read("""
        services:
          app:
            image: acme/app:1
            deploy:
              replicas: many
              resources:
                limits:
                  cpus: lots
                  memory: big
                reservations:
                  pids: 10
              restart_policy:
                delay: 10
                max_attempts: true
              update_config:
                order: random
            develop:
              watch:
                - action: synk
                  path: ./src
                - action: sync
                  path: ./src
                - path: ./lib
            logging:
              driver: [json-file]
        """);
    assertThat(parsed.findings()).extracting(f -> f.ruleId() + "@" + f.location().line()).containsExactly(
        "compose/syntax@5", "compose/syntax@8", "compose/syntax@9", "compose/unknown-key@11",
        "compose/syntax@13", "compose/syntax@14", "compose/syntax@16", "compose/syntax@19", "compose/syntax@21",
        "compose/syntax@23", "compose/syntax@25");
    assertThat(parsed.findings()).allMatch(f -> f.location().file().equals("compose.yaml"));
    assertThat(parsed.findings()).filteredOn(f -> f.ruleId().equals("compose/syntax")
        && f.location().line() != 25).allMatch(f -> f.fix().isPresent());
    Finding action = parsed.findings().get(7);
    assertThat(action.message()).contains("did you mean 'sync'");
    assertThat(parsed.findings().get(0).fix().get()).contains("whole number");
  }

  @Test
  void should_write_gpu_and_swarm_settings_that_pass_the_schema() {
    DeviceRequest gpu = DeviceRequest.builder().driver("nvidia").count("all").addCapability("gpu").build();
    Deploy swarm = Deploy.builder().mode("replicated").replicas("${REPLICAS:-3}")
        .resources(DeployResources.builder().reservations(ResourceSpec.builder().addDevice(gpu).build()).build())
        .updateConfig(UpdateConfig.builder().parallelism(1).delay("10s").failureAction("rollback")
            .order("start-first").build())
        .rollbackConfig(UpdateConfig.builder().parallelism(0).build())
        .placement(Placement.builder().addConstraint("node.role == worker").addPreference("node.labels.zone")
            .maxReplicasPerNode(2).build())
        .build();
    Service service = Service.builder().image("acme/trainer:2.1").deploy(swarm)
        .develop(Develop.builder().addWatch(WatchRule.builder().action(WatchRule.Action.SYNC_EXEC).path("./config")
            .target("/app/config").exec(ServiceHook.of("kill", "-HUP", "1")).build()).build())
        .build();
    ComposeFile file = ComposeFile.builder().putService("trainer", service).build();
    String yaml = Compose.text(file, WriteOptions.noHeader());
    Shared.oracleOutput("schema/compose-spec", "sections-gpu-and-swarm.yml", yaml);
    assertThat(yaml).contains("replicas: ${REPLICAS:-3}").contains("count: all").contains("- spread: node.labels.zone");
    assertThat(read(yaml).value()).contains(file);
  }

  @Test
  void should_refuse_values_compose_refuses_with_a_message_naming_the_field() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Deploy.builder().replicas("many").build())
        .hasMessageContaining("deploy.replicas").hasMessageContaining("whole number");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WatchRule.builder().action(WatchRule.Action.SYNC)
        .path("./src").build()).hasMessageContaining("target");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeviceRequest.builder().addCapability("gpu")
        .count(1).addDeviceId("0").build()).hasMessageContaining("not both");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeployResources.builder()
        .reservations(ResourceSpec.builder().pids(10).build()).build()).hasMessageContaining("limits.pids");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Logging.builder()
        .putOther("driver", dev.devopskit.core.yaml.YamlScalar.string("x")).build())
        .hasMessageContaining("builder method");
  }

  @Test
  void should_keep_placement_preferences_with_extensions_as_written() {
    Parsed<ComposeFile> parsed = read("""
        services:
          app:
            image: acme/app:1
            deploy:
              placement:
                preferences:
                  - spread: node.labels.zone
                    x-weight: 2
        """);
    assertThat(parsed.findings()).isEmpty();
    Placement placement = parsed.value().get().services().get("app").deploy().get().placement().get();
    assertThat(placement.preferences()).isEmpty();
    assertThat(placement.other()).containsKey("preferences");
    String yaml = Compose.text(parsed.value().get(), WriteOptions.noHeader());
    assertThat(yaml).contains("x-weight: 2");
    assertThat(read(yaml).value()).isEqualTo(parsed.value());
  }

  @Test
  void should_set_how_the_image_is_built_with_build_from() {
    Service app = Service.builder().buildFrom(Build.of(".", "docker/Dockerfile")).build();

    assertThat(app.buildFrom()).contains(Build.of(".", "docker/Dockerfile"));
    assertThat(Compose.text(ComposeFile.builder().putService("app", app).build(), WriteOptions.noHeader()))
        .contains("    build:\n      context: '.'\n      dockerfile: docker/Dockerfile\n");
  }
}
