package dev.devopskit.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.docker.Compose;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ComposeReadWriteTest {
  private static final String BOTH_SYNTAXES = """
      x-common: &common
        restart: unless-stopped
        environment:
          - LOG_LEVEL=info
          - EMPTY
      services:
        web:
          <<: *common
          image: nginx:1.27
          ports:
            - 8080:80
            - target: 443
              published: "8443"
              protocol: tcp
              mode: host
          volumes:
            - ./site:/usr/share/nginx/html:ro
            - type: volume
              source: cache
              target: /var/cache/nginx
              read_only: true
          depends_on: [api]
          networks: [front]
          healthcheck:
            test: curl -f http://localhost/
          x-team: web
        api:
          build:
            context: .
            args:
              - VERSION=1
          depends_on:
            db:
              condition: service_healthy
              restart: true
          secrets:
            - source: token
              target: api_token
          deploy:
            resources:
              limits: {cpus: "0.5"}
          init: true
          stop_grace_period: 1m30s
          develop:
            watch:
              - action: sync
                path: ./src
                target: /app/src
        worker:
          extends: api
          image: acme/worker:1.0
        db:
          image: postgres:17
          healthcheck:
            test: ["CMD", "pg_isready"]
      volumes:
        cache:
      networks:
        front:
      secrets:
        token:
          environment: API_TOKEN
      """;

  @Test
  void should_read_both_syntaxes_and_resolve_anchors_and_merge_keys() {
    Parsed<ComposeFile> parsed = Compose.read(SourceFile.of("compose.yaml", BOTH_SYNTAXES));
    assertThat(parsed.findings()).isEmpty();
    ComposeFile file = parsed.value().get();
    Service web = file.services().get("web");
    assertThat(web.restart()).contains("unless-stopped");
    assertThat(web.environment()).containsEntry("LOG_LEVEL", Optional.of("info")).containsEntry("EMPTY",
        Optional.empty());
    assertThat(web.ports()).extracting(Port::target).containsExactly("80", "443");
    assertThat(web.ports().get(1).mode()).contains("host");
    assertThat(web.volumes().get(0).type()).isEqualTo("bind");
    assertThat(web.volumes().get(1).readOnly()).isTrue();
    assertThat(web.healthcheck().get().test()).containsExactly("CMD-SHELL", "curl -f http://localhost/");
    assertThat(web.other()).containsKey("x-team");
    assertThat(file.services().get("api").dependsOn().get("db").restart()).contains(true);
    assertThat(file.services().get("api").buildFrom().get().args()).containsEntry("VERSION", Optional.of("1"));
    assertThat(file.extensions()).containsKey("x-common");
    Service api = file.services().get("api");
    assertThat(api.init()).contains(true);
    assertThat(api.stopGracePeriod()).contains("1m30s");
    assertThat(api.deploy()).isPresent();
    assertThat(api.develop()).isPresent();
    assertThat(file.services().get("worker").extendsFrom()).contains(new Service.Extends("api", Optional.empty()));
    assertThat(parsed.sourceMap().exact(DocPath.parse("services.web.ports[0]")).get().line()).isEqualTo(11);
  }

  @Test
  void should_write_canonical_compose_that_reads_back_equal_and_passes_the_schema() {
    ComposeFile file = Compose.read(SourceFile.of("compose.yaml", BOTH_SYNTAXES)).value().get();
    String yaml = Compose.text(file, WriteOptions.noHeader());
    Shared.oracleOutput("schema/compose-spec", "both-syntaxes.yml", yaml);
    assertThat(yaml).contains("- 8080:80").contains("depends_on:\n      - api").doesNotContain("<<");
    assertThat(Compose.read(SourceFile.of("compose.yaml", yaml)).value()).contains(file);
  }

  @Test
  void should_report_the_obsolete_version_and_unknown_keys_with_a_suggestion() {
    Parsed<ComposeFile> parsed = Compose.read(SourceFile.of("compose.yaml",
        "version: '3.8'\nservices:\n  app:\n    image: acme/app:1\n    enviroment:\n      A: b\n"));
    assertThat(parsed.findings()).extracting(f -> f.ruleId() + "@" + f.location().line())
        .containsExactly("compose/obsolete-version@1", "compose/unknown-key@5");
    assertThat(parsed.findings().get(1).message()).contains("did you mean 'environment'");
    assertThat(parsed.value().get().services().get("app").other()).containsKey("enviroment");
  }

  @Test
  void should_report_a_broken_interpolation_at_its_line() {
    Parsed<ComposeFile> parsed = Compose.read(SourceFile.of("compose.yaml",
        "services:\n  app:\n    image: acme/app:1\n    environment:\n      URL: ${BASE\n"));
    assertThat(parsed.findings()).extracting(f -> f.ruleId() + "@" + f.location().line())
        .containsExactly("compose/syntax@5");
  }

  @Test
  void should_keep_healthcheck_and_volume_options_in_the_order_given() {
    Map<String, YamlNode> options = new LinkedHashMap<>();
    for (String key : List.of("timeout", "retries", "interval", "start_period", "start_interval", "x-a", "x-b")) {
      options.put(key, YamlScalar.string("1s"));
    }

    assertThat(new Healthcheck(List.of("CMD", "true"), false, options).options().keySet())
        .containsExactlyElementsOf(options.keySet());
    assertThat(new ServiceVolume("bind", Optional.of("."), "/app", Optional.empty(), false, options).options()
        .keySet()).containsExactlyElementsOf(options.keySet());
  }

  @Test
  void should_redact_a_secret_in_a_healthcheck_command() {
    String token = "ghp_R8mTq2ZsW4yLk9XvB3nC7dF1gH5jP0aE6uQi";
    Healthcheck check = Healthcheck.shell("curl -H 'Authorization: token " + token + "' http://localhost/health");

    assertThat(check.toString()).doesNotContain(token.substring(4)).contains("ghp_****")
        .startsWith("Healthcheck{test=[CMD-SHELL, curl");
  }

  @Test
  void should_report_an_empty_file_at_its_first_line() {
    Parsed<ComposeFile> parsed = Compose.read(SourceFile.of("compose.yaml", ""));

    assertThat(parsed.value()).isEmpty();
    assertThat(parsed.findings()).extracting(f -> f.ruleId() + "@" + f.location().line() + ":"
        + f.location().column()).containsExactly("compose/syntax@1:1");
  }

  @Test
  void should_build_a_service_in_java_and_write_it() {
    ComposeFile file = ComposeFile.builder().putService("cache", Service.builder().image("redis:7.4-alpine")
        .addPort(Port.of(6379, 6379)).healthcheck(Healthcheck.command("redis-cli", "ping")).build()).build();
    String yaml = Compose.text(file, WriteOptions.noHeader());
    Shared.oracleOutput("schema/compose-spec", "built-in-java.yml", yaml);
    assertThat(yaml).startsWith("services:\n  cache:\n    image: redis:7.4-alpine\n");
    assertThat(Compose.read(SourceFile.of("compose.yaml", yaml)).value()).contains(file);
  }

  @Test
  void should_keep_secret_values_out_of_to_string() {
    Service service = Service.builder().putEnvironment("DB_PASSWORD", Optional.of("Xk9mQ2vLp7Rt")).build();
    assertThat(service.toString()).doesNotContain("Xk9mQ2vLp7Rt");
    assertThat(new dev.devopskit.docker.dockerfile.KeyValue("DB_PASSWORD", "Xk9mQ2vLp7Rt").toString())
        .doesNotContain("Xk9mQ2vLp7Rt");
    assertThat(new Build(Optional.of("."), Optional.empty(), Optional.empty(),
        java.util.Map.of("TOKEN", Optional.of("Xk9mQ2vLp7Rt")), java.util.Map.of()).toString())
        .doesNotContain("Xk9mQ2vLp7Rt");
  }

  @Property(tries = 200)
  void should_never_throw_on_any_input(@ForAll @StringLength(max = 200) String text) {
    Parsed<ComposeFile> parsed = Compose.read(SourceFile.of("compose.yaml", "services:\n  a:\n" + text));
    parsed.value().ifPresent(Compose::write);
  }
}
