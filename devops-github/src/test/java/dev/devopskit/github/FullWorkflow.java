package dev.devopskit.github;

import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.github.expression.Expr;
import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Concurrency;
import dev.devopskit.github.workflow.Container;
import dev.devopskit.github.workflow.Credentials;
import dev.devopskit.github.workflow.Cron;
import dev.devopskit.github.workflow.Defaults;
import dev.devopskit.github.workflow.JobEnvironment;
import dev.devopskit.github.workflow.Input;
import dev.devopskit.github.workflow.InputType;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Matrix;
import dev.devopskit.github.workflow.Permissions;
import dev.devopskit.github.workflow.RunsOn;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Strategy;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import dev.devopskit.github.workflow.WorkflowOutput;
import dev.devopskit.github.workflow.WorkflowSecret;
import java.util.Map;

/** A workflow that uses every part of the model, to pin the writer's output and key order. */
final class FullWorkflow {
  private FullWorkflow() {}

  private static Map<String, dev.devopskit.core.yaml.YamlNode> include() {
    Map<String, dev.devopskit.core.yaml.YamlNode> include = new java.util.LinkedHashMap<>();
    include.put("java", YamlScalar.string("21"));
    include.put("experimental", YamlScalar.bool(true));
    return include;
  }

  static Workflow workflow() {
    return Workflow.builder()
        .name("Release")
        .runName("Release " + Expr.input("version"))
        .addOn(Trigger.builder().event("push").addBranches("main", "release/**").addPathsIgnore("docs/**").build())
        .addOn(Trigger.builder().event("pull_request").addTypes("opened", "synchronize").addBranches("main").build())
        .addOn(Trigger.builder().event("schedule").addSchedule(Cron.of("0 3 * * 1"))
            .addSchedule(Cron.builder().expression("30 5 1,15 * *").timezone("Europe/Berlin").build()).build())
        .addOn(Trigger.builder().event("workflow_dispatch")
            .putInput("version", Input.builder().description("Version to release").required(true)
                .type(InputType.STRING).build())
            .putInput("target", Input.choice("Where to deploy", "staging", "production").withDefaultValue("staging"))
            .putInput("dry-run", Input.of(InputType.BOOLEAN, "Only pretend").withDefaultValue("false"))
            .build())
        .addOn(Trigger.builder().event("workflow_call")
            .putInput("version", Input.of(InputType.STRING, "Version"))
            .putOutput("image", WorkflowOutput.builder().description("The image")
                .value(Expr.of("jobs.build.outputs.image").toString()).build())
            .putSecret("registry-token", WorkflowSecret.mandatory())
            .putSecret("DB_PASSWORD", WorkflowSecret.mandatory())
            .build())
        .addOn(Trigger.builder().event("workflow_run").addWorkflows("CI").addTypes("completed").build())
        .permissions(Permissions.of("contents", Access.READ).withScope("packages", Access.WRITE))
        .putEnv("REGISTRY", "ghcr.io")
        .putEnv("RETRIES", "3")
        .defaults(Defaults.shell("bash"))
        .concurrency(Concurrency.cancelling("release-" + Expr.github("ref")))
        .putJob("build", Job.builder()
            .name("Build " + Expr.matrix("java"))
            .runsOn(RunsOn.labels("ubuntu-latest"))
            .environment(JobEnvironment.named("staging").withUrl("https://staging.example.com"))
            .putOutput("image", Expr.stepOutput("meta", "image").toString())
            .putEnv("JAVA_TOOL_OPTIONS", "-Xmx2g")
            .timeoutMinutes(20)
            .strategy(Strategy.builder()
                .matrix(Matrix.builder().dimension("java", "17", "21")
                    .addInclude(include())
                    .addExclude(Map.of("java", YamlScalar.string("17"))).build())
                .failFast(false).maxParallel(2).build())
            .continueOnError(Expr.matrix("experimental").toString())
            .container(Container.builder().image("eclipse-temurin:21")
                .credentials(Credentials.of(Expr.github("actor").toString(), Expr.secret("GITHUB_TOKEN").toString()))
                .putEnv("CI", "true").addPorts("8080").addVolumes("/tmp/cache:/cache").options("--cpus 2").build())
            .putService("postgres", Container.builder().image("postgres:16")
                .putEnv("POSTGRES_PASSWORD", Expr.secret("DB_PASSWORD").toString()).addPorts("5432:5432")
                .options("--health-cmd pg_isready --health-interval 10s").build())
            .addSteps(
                Step.uses(ActionRef.pinned("actions/checkout", "11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2")),
                Step.builder().name("Metadata").id("meta").run("echo \"image=app:${GITHUB_SHA}\" >> \"$GITHUB_OUTPUT\"")
                    .build(),
                Step.builder().name("Test").run("./mvnw -B verify\n./mvnw -B site\n").workingDirectory("app")
                    .timeoutMinutes(15).continueOnError(false).putEnv("MAVEN_OPTS", "-Xmx1g").build(),
                Step.builder().name("Upload reports").condition(Expr.always().text())
                    .uses("actions/upload-artifact@v4").putInput("name", "reports").putInput("path", "app/target/reports")
                    .build())
            .build())
        .putJob("deploy", Job.builder()
            .addNeed("build")
            .condition(Expr.github("ref").isEqualTo("refs/heads/main").text())
            .uses("./.github/workflows/deploy.yml")
            .putInput("image", Expr.needsOutput("build", "image").toString())
            .inheritSecrets(true)
            .concurrency(Concurrency.group("deploy"))
            .build())
        .build();
  }

}
