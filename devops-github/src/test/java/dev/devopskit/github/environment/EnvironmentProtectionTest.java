package dev.devopskit.github.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devopskit.core.environment.DeploymentMode;
import dev.devopskit.core.environment.Environment;
import dev.devopskit.core.environment.Environments;
import dev.devopskit.core.environment.Tier;
import dev.devopskit.core.secret.SecretRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentProtectionTest {
  private final Environment production = Environment.builder().name("production").tier(Tier.PRODUCTION)
      .deployment(DeploymentMode.MANUAL_PROMOTION).addReviewer("octocat").addReviewer("team:release")
      .waitTimerMinutes(10).addBranchPattern("main").addSecret(SecretRef.named("DB_PASSWORD")).build();

  @Test
  void should_render_the_rest_body_with_reviewer_ids_and_branch_policy() throws Exception {
    JsonNode body = new ObjectMapper().readTree(EnvironmentProtection.body(production,
        Map.of("octocat", 583231L, "team:release", 42L)));

    assertThat(body.path("wait_timer").asInt()).isEqualTo(10);
    assertThat(body.path("prevent_self_review").asBoolean()).isTrue();
    assertThat(body.path("reviewers").get(0).path("type").asText()).isEqualTo("User");
    assertThat(body.path("reviewers").get(0).path("id").asLong()).isEqualTo(583231L);
    assertThat(body.path("reviewers").get(1).path("type").asText()).isEqualTo("Team");
    assertThat(body.path("deployment_branch_policy").path("custom_branch_policies").asBoolean()).isTrue();
  }

  @Test
  void should_allow_any_branch_when_the_environment_names_none() throws Exception {
    JsonNode body = new ObjectMapper().readTree(EnvironmentProtection.body(
        Environment.of("staging", Tier.STAGING), Map.of()));

    assertThat(body.path("deployment_branch_policy").isNull()).isTrue();
    assertThat(body.path("reviewers")).isEmpty();
  }

  @Test
  void should_refuse_a_reviewer_without_an_id() {
    assertThatThrownBy(() -> EnvironmentProtection.body(production, Map.of("octocat", 1L)))
        .hasMessageContaining("team:release");
  }

  @Test
  void should_write_a_script_that_looks_up_ids_and_names_secrets_without_values() {
    String script = EnvironmentProtection.script(Environments.of(Environment.of("staging", Tier.STAGING),
        production), "acme/shop");

    assertThat(script).contains("gh api -X PUT \"repos/$repo/environments/production\"",
        "gh api \"users/octocat\" --jq .id", "gh api \"orgs/acme/teams/release\" --jq .id",
        "\"wait_timer\":10", "deployment-branch-policies\" -f name='main'",
        "gh secret set DB_PASSWORD --env production");
    assertThatThrownBy(() -> EnvironmentProtection.script(Environments.of(production), "not a repo"))
        .hasMessageContaining("owner/name");
  }
}
