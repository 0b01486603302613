package dev.devopskit.docs.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.docs.Docs;
import dev.devopskit.docs.diagram.FlowEdge;
import dev.devopskit.docs.diagram.FlowNode;
import dev.devopskit.docs.diagram.Flowchart;
import dev.devopskit.docs.markdown.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideMarkdownTest {

  static Flowchart pipeline() {
    return Flowchart.builder().addNode(FlowNode.of("lint", "Lint")).addNode(FlowNode.of("test", "Unit tests"))
        .addNode(FlowNode.of("build", "Build image")).addNode(FlowNode.of("deploy_staging", "Deploy to staging"))
        .addEdge(FlowEdge.of("lint", "test")).addEdge(FlowEdge.of("test", "build"))
        .addEdge(FlowEdge.of("build", "deploy_staging", "needs")).build();
  }

  static Flowchart promotion() {
    return Flowchart.builder().direction(Flowchart.Direction.LR)
        .addNode(FlowNode.of("main", "merge to main", FlowNode.Shape.STADIUM))
        .addNode(FlowNode.of("staging", "staging")).addNode(FlowNode.of("approve", "approval \"prod\"",
            FlowNode.Shape.DECISION))
        .addNode(FlowNode.of("production", "production")).addNode(FlowNode.of("db", "PostgreSQL",
            FlowNode.Shape.DATABASE))
        .addEdge(FlowEdge.of("main", "staging", "automatic")).addEdge(FlowEdge.of("staging", "approve"))
        .addEdge(FlowEdge.builder().source("approve").target("production").label("manual").dotted(true).build())
        .addEdge(FlowEdge.of("production", "db")).build();
  }

  static InfrastructureGuide infrastructure() {
    return InfrastructureGuide.builder().overview("The shop runs as one API and one PostgreSQL database.")
        .addComponent(Component.builder().name("api").kind("application").description("Java 17 service").build())
        .addComponent(Component.builder().name("db").kind("PostgreSQL 16").description("orders and users").build())
        .addComponent(Component.builder().name("registry").kind("container registry").description("ghcr.io/acme")
            .build())
        .addEnvironment(EnvironmentTier.builder().name("staging").tier("pre-production")
            .url("https://staging.example.com").deployment("on every merge to main").approvals("none").build())
        .addEnvironment(EnvironmentTier.builder().name("production").tier("production")
            .url("https://example.com").deployment("promotion of the staging image").approvals("one maintainer")
            .build())
        .addHealthEndpoint(HealthEndpoint.builder().service("api").url("https://example.com/health")
            .expected("200 with status UP").build())
        .addAlert(AlertEntry.builder().name("ApiHighErrorRate").severity("page")
            .summary("more than 2% of requests fail for 5 minutes").runbook("[runbook](runbooks/api-errors.md)")
            .build())
        .addFeatureFlag(FlagEntry.builder().key("new-checkout").description("the new checkout flow")
            .state("on in staging, off in production").build())
        .pipeline(pipeline()).promotion(promotion()).build();
  }

  @Test
  void should_write_the_infrastructure_document_and_read_it_back_equal() {
    String text = Docs.text(infrastructure());
    Shared.oracleOutput("markdown", "infrastructure.md", text);
    Parsed<InfrastructureGuide> parsed = Docs.readInfrastructure(SourceFile.of(Docs.INFRASTRUCTURE_PATH, text));
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value()).contains(infrastructure());
    assertThat(text).contains("```mermaid\nflowchart LR\n").contains("approve -.->|\"manual\"| production")
        .contains("<https://staging.example.com>");
  }

  @Test
  void should_write_the_deployment_guide_and_read_it_back_equal() {
    DeploymentGuide guide = DeploymentGuide.builder()
        .mergeToStaging("Every merge to `main` runs the pipeline; the image is pushed to the registry and "
            + "deployed to staging without approval.")
        .promoteToProduction("Run the `promote` workflow with the image tag. A maintainer approves the "
            + "`production` environment.")
        .rollback("Follow [the rollback runbook](runbooks/deployment-rollback.md): re-promote the previous image.")
        .featureFlags("New features ship dark behind flags. Deploying puts code in production; switching the flag "
            + "releases it.")
        .addSecret(SecretEntry.builder().name("DB_PASSWORD").store("GitHub environment secret (production)")
            .usedBy("deploy job").build())
        .addSecret(SecretEntry.builder().name("REGISTRY_TOKEN").store("GitHub repository secret")
            .usedBy("build job").build())
        .promotion(promotion()).build();
    String text = Docs.text(guide);
    Shared.oracleOutput("markdown", "deployment-guide.md", text);
    Parsed<DeploymentGuide> parsed = Docs.readDeploymentGuide(SourceFile.of(Docs.DEPLOYMENT_GUIDE_PATH, text));
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value()).contains(guide);
  }

  @Test
  void should_write_an_empty_infrastructure_document_and_runbook_index() {
    String empty = Docs.text(InfrastructureGuide.builder().build());
    Shared.oracleOutput("markdown", "infrastructure-empty.md", empty);
    assertThat(Docs.readInfrastructure(SourceFile.of("i.md", empty)).value())
        .contains(InfrastructureGuide.builder().build());
    String index = Docs.runbookIndex(List.of(Link.to("Back up the orders database",
        "runbooks/database-backup.md"), Link.to("Respond to an incident", "runbooks/incident-response.md"))).text();
    Shared.oracleOutput("markdown", "runbook-index.md", index);
    assertThat(index).contains("- [Back up the orders database](runbooks/database-backup.md)");
  }

  @Test
  void should_reject_edges_to_undeclared_nodes_and_keyword_ids() {
    assertThatThrownBy(() -> Flowchart.builder().addNode(FlowNode.of("a", "A")).addEdge(FlowEdge.of("a", "b"))
        .build()).hasMessageContaining("a -> b");
    assertThatThrownBy(() -> FlowNode.of("end", "End")).hasMessageContaining("keyword");
  }

  @Test
  void should_draw_a_pipeline_from_needs_and_a_promotion_path() {
    java.util.Map<String, List<String>> needs = new java.util.LinkedHashMap<>();
    needs.put("lint", List.of());
    needs.put("unit-test", List.of("lint"));
    needs.put("build", List.of("unit-test"));
    needs.put("deploy-staging", List.of("build"));
    assertThat(Flowchart.fromNeeds(needs).mermaid()).contains("unit_test[\"unit-test\"]")
        .contains("  build --> deploy_staging\n");
    Flowchart path = Flowchart.promotionPath(List.of("staging", "production"), java.util.Set.of("production"));
    assertThat(path.mermaid()).contains("env_staging -.->|\"manual approval\"| env_production");
    String text = Docs.text(InfrastructureGuide.builder().pipeline(Flowchart.fromNeeds(needs)).promotion(path)
        .build());
    Shared.oracleOutput("markdown", "infrastructure-generated-charts.md", text);
    assertThat(Docs.readInfrastructure(SourceFile.of("i.md", text)).value().orElseThrow().pipeline())
        .contains(Flowchart.fromNeeds(needs));
  }

  @Test
  void should_add_or_replace_a_component() {
    InfrastructureGuide guide = infrastructure().withComponent(Component.builder().name("db").kind("PostgreSQL 17")
        .build()).withComponent(Component.builder().name("cache").kind("Redis").build());
    assertThat(guide.components()).extracting(Component::name).containsExactly("api", "db", "registry", "cache");
    assertThat(guide.components().get(1).kind()).isEqualTo("PostgreSQL 17");
  }
}
