package dev.devopskit.github.preset;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.project.HealthCheck;
import dev.devopskit.core.project.BackingService;
import dev.devopskit.core.project.Toolchain;
import dev.devopskit.core.project.Toolchain.Language;
import dev.devopskit.core.project.Toolchain.PackageManager;
import dev.devopskit.core.secret.Redaction;
import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.github.rules.CostClass;
import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Concurrency;
import dev.devopskit.github.workflow.Container;
import dev.devopskit.github.workflow.JobEnvironment;
import dev.devopskit.github.workflow.Input;
import dev.devopskit.github.workflow.InputType;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Permissions;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The trunk-based pipeline: every merge to the trunk is deployable, the cheapest checks run first, staging deploys
 * itself from the trunk, production is promoted by hand. Produces two workflows:
 *
 * <ul>
 *   <li>{@code ci.yml}: on pull requests and pushes to the trunk; lint and type check in parallel, then unit tests
 *       (coverage kept as an artifact), integration tests against the services (migrations applied first), the
 *       container image built and pushed tagged with the commit SHA, and on push to the trunk a deploy to staging
 *       followed by a smoke test of the health endpoint;</li>
 *   <li>{@code promote-production.yml}: run by hand with the version (commit SHA) to promote; deploys that exact
 *       image to the production environment (approvals come from its protection rules), smoke-tests it, and points
 *       at the rollback runbook.</li>
 * </ul>
 *
 * <pre>{@code
 * TrunkPipeline pipeline = TrunkPipeline.builder()
 *     .toolchain(Toolchain.node(PackageManager.PNPM))
 *     .addService(BackingService.postgres("16"))
 *     .migrateCommand("pnpm exec prisma migrate deploy")
 *     .staging(DeployTarget.of("staging", "https://staging.example.com"))
 *     .production(DeployTarget.of("production", "https://example.com"))
 *     .build();
 * pipeline.files(WriteOptions.defaults());     // .github/workflows/ci.yml and promote-production.yml
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class TrunkPipeline implements WithTrunkPipeline {
  /** The package scopes of the build and promotion jobs as the writer prints them, to put their reasons beside. */
  private static final Pattern PACKAGES_WRITE = Pattern.compile("(?m)^( +packages: write)$");
  private static final Pattern PACKAGES_READ = Pattern.compile("(?m)^( +packages: read)$");
  private static final String PUSH_TO = "github.event_name == 'push' && github.ref == 'refs/heads/";

  /** The toolchain and the command of each stage (empty commands drop their stage). */
  public abstract Toolchain toolchain();

  /** The trunk branch. */
  @Value.Default
  public String trunk() {
    return "main";
  }

  /** Backing services the integration tests run against (PostgreSQL gets a test database and health options). */
  public abstract List<BackingService> services();

  /** The command that applies migrations to the test database before the integration tests. */
  public abstract Optional<String> migrateCommand();

  /** The health endpoint the smoke tests probe (its path; the port is the deployed URL's). */
  @Value.Default
  public HealthCheck healthCheck() {
    return HealthCheck.builder().build();
  }

  /** The container registry the image is pushed to; {@code ghcr.io} logs in with the {@code GITHUB_TOKEN}. */
  @Value.Default
  public String registry() {
    return "ghcr.io";
  }

  /** The image name without registry or tag; empty for the repository's name in lower case. */
  public abstract Optional<String> imageName();

  /** The staging environment. */
  @Value.Default
  public DeployTarget staging() {
    return DeployTarget.of("staging", "https://staging.example.com");
  }

  /** The production environment. */
  @Value.Default
  public DeployTarget production() {
    return DeployTarget.of("production", "https://example.com");
  }

  /** How an image is deployed. */
  @Value.Default
  public DeployStep deploy() {
    return DeployStep.command("./scripts/deploy.sh");
  }

  /** Extra stages, placed by their cost class. */
  public abstract List<PipelineStage> extraStages();

  /** The runner label of every job. */
  @Value.Default
  public String runner() {
    return "ubuntu-latest";
  }

  /** Where the rollback procedure is written down. */
  @Value.Default
  public String rollbackRunbook() {
    return "docs/devops/runbook.md#rollback";
  }

  /** Where the unit tests write their coverage report. */
  @Value.Default
  public String coveragePath() {
    switch (toolchain().packageManager()) {
      case MAVEN:
        return "target/site/jacoco/";
      case GRADLE:
        return "build/reports/jacoco/";
      default:
        return "coverage/";
    }
  }

  /**
   * {@code timeout-minutes} by stage. The defaults keep the path from a push to a pushed image within ten
   * minutes (lint 2, unit 2, integration 3, build 3): the timeouts are the time budget, so a stage that grows
   * past its share fails loudly instead of slowing every change.
   */
  public abstract Map<CostClass, Integer> timeouts();

  /** Actions to use instead of the pinned defaults, by name ({@code actions/checkout}). */
  public abstract Map<String, ActionRef> actions();

  /** Starts a pipeline. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds pipelines. */
  public static final class Builder extends ImmutableTrunkPipeline.Builder {}

  /** The timeout of a stage. */
  public int timeout(CostClass cost) {
    if (timeouts().containsKey(cost)) {
      return timeouts().get(cost);
    }
    switch (cost) {
      case LINT:
      case TYPE_CHECK:
      case UNIT_TEST:
        return 2;
      case INTEGRATION_TEST:
      case BUILD:
        return 3;
      default:
        return 10;
    }
  }

  /** Both workflows: CI and the production promotion. */
  public List<Workflow> workflows() {
    return List.of(ci(), promotion());
  }

  /** Both workflows as files to write, at {@code .github/workflows/}. */
  public List<GeneratedFile> files(WriteOptions options) {
    return List.of(documented(GitHubActions.file(ci(), options)), documented(GitHubActions.file(promotion(),
        options)));
  }

  /**
   * The file with the reasons for the package scopes as comments beside them, as a reviewer (and
   * {@code github/undocumented-permissions}) asks; the model keeps no comments, so they are added to the text.
   */
  private static GeneratedFile documented(GeneratedFile file) {
    String text = PACKAGES_WRITE.matcher(file.text())
        .replaceAll("$1  # push the built image to the container registry");
    return GeneratedFile.of(file.path(), PACKAGES_READ.matcher(text)
        .replaceAll("$1  # read the image that was built and tested, to promote it"));
  }

  /** {@code ci.yml}. */
  public Workflow ci() {
    Map<String, Job> jobs = new LinkedHashMap<>();
    Map<String, CostClass> costs = new LinkedHashMap<>();
    Toolchain.Commands commands = toolchain().commands();
    commands.lint().ifPresent(c -> add(jobs, costs, "lint", "Lint", CostClass.LINT, checkJob("Lint", c)));
    commands.typeCheck().ifPresent(c -> add(jobs, costs, "type-check", "Type check", CostClass.TYPE_CHECK,
        checkJob("Type check", c)));
    commands.unitTest().ifPresent(c -> add(jobs, costs, "unit-test", "Unit tests", CostClass.UNIT_TEST,
        unitJob(c)));
    commands.integrationTest().ifPresent(c -> add(jobs, costs, "integration-test", "Integration tests",
        CostClass.INTEGRATION_TEST, integrationJob(c)));
    for (PipelineStage stage : extraStages()) {
      add(jobs, costs, stage.id(), stage.name(), stage.cost(), checkJob(stage.name(), stage.command())
          .timeoutMinutes(stage.timeoutMinutes()));
    }
    add(jobs, costs, "build", "Build and push image", CostClass.BUILD, buildJob(commands.build()));
    add(jobs, costs, "deploy-staging", "Deploy to staging", CostClass.DEPLOY, deployStagingJob());
    return Workflow.builder()
        .name("CI")
        .fileName("ci.yml")
        .addOn(Trigger.pullRequest(), Trigger.push(trunk()))
        .permissions(Permissions.of("contents", Access.READ))
        .concurrency(Concurrency.builder()
            .group("${{ github.workflow }}-${{ github.event.pull_request.number || github.sha }}")
            .cancelInProgress("${{ github.event_name == 'pull_request' }}").build())
        .putAllJobs(jobs)
        .build();
  }

  /** {@code promote-production.yml}. */
  public Workflow promotion() {
    Job.Builder job = Job.builder()
        .name("Promote to " + production().name())
        .runsOn(runner())
        .permissions(Permissions.of("contents", Access.READ).withScope("packages", Access.READ))
        .environment(JobEnvironment.builder().name(production().name()).url(production().url()).build())
        .timeoutMinutes(timeout(CostClass.DEPLOY))
        .addStep(checkout())
        .addStep(Step.builder().name("Resolve the image staging ran")
            .run("if ! [[ \"$VERSION\" =~ ^[0-9a-f]{40}$ ]]; then\n"
                + "  echo \"::error::version must be the full commit SHA of an image that staging ran\"\n"
                + "  exit 1\n"
                + "fi\n"
                + "echo \"IMAGE=" + imageBase() + ":${VERSION}\" >> \"$GITHUB_ENV\"\n")
            .putEnv("VERSION", "${{ inputs.version }}").build())
        .addStep(login("${{ github.actor }}").condition(Optional.empty()).build())
        .addStep(Step.builder().name("Check the image exists (promote, never rebuild)")
            .run("docker manifest inspect \"$IMAGE\" > /dev/null").build())
        .addStep(deployStep(production()))
        .addStep(smokeTest(production()))
        .addStep(Step.builder().name("Rollback runbook").condition("failure()")
            .run("echo \"::error::Promotion of $IMAGE failed. Roll back by promoting the previous version; see "
                + rollbackRunbook() + "\"").build());
    return Workflow.builder()
        .name("Promote to production")
        .fileName("promote-production.yml")
        .addOn(Trigger.builder().event("workflow_dispatch").putInput("version", Input.builder()
            .description("Image tag to promote: the full commit SHA that staging runs").required(true)
            .type(InputType.STRING).build()).build())
        .permissions(Permissions.of("contents", Access.READ))
        .concurrency(Concurrency.builder().group("deploy-" + production().name()).cancelInProgress(false).build())
        .putJob("promote", job.build())
        .build();
  }

  private void add(Map<String, Job> jobs, Map<String, CostClass> costs, String id, String name, CostClass cost,
      Job.Builder job) {
    List<String> needs = new ArrayList<>();
    costs.forEach((other, otherCost) -> {
      if (otherCost.tier() < cost.tier()) {
        needs.add(other);
      }
    });
    // Keep only the latest jobs: the others are needed through them.
    List<String> direct = new ArrayList<>(needs);
    for (String need : needs) {
      direct.removeAll(ancestors(jobs, need));
    }
    if (!job.build().name().isPresent()) {
      job.name(name);
    }
    if (job.build().timeoutMinutes().isEmpty()) {
      job.timeoutMinutes(timeout(cost));
    }
    jobs.put(id, job.needs(direct).build());
    costs.put(id, cost);
  }

  private static List<String> ancestors(Map<String, Job> jobs, String id) {
    List<String> out = new ArrayList<>();
    for (String need : jobs.get(id).needs()) {
      out.add(need);
      out.addAll(ancestors(jobs, need));
    }
    return out;
  }

  private Job.Builder checkJob(String name, String command) {
    return base(name).addAllSteps(setup()).addStep(Step.builder().name(name).run(command).build());
  }

  private Job.Builder unitJob(String command) {
    return base("Unit tests").addAllSteps(setup())
        .addStep(Step.builder().name("Unit tests").run(command).build())
        .addStep(Step.builder().name("Keep the coverage report").uses(action("actions/upload-artifact"))
            .putInput("name", "coverage").putInput("path", coveragePath()).putInput("if-no-files-found", "warn")
            .putInput("retention-days", "14").build());
  }

  private Job.Builder integrationJob(String command) {
    Job.Builder job = base("Integration tests");
    Map<String, String> env = new LinkedHashMap<>();
    for (BackingService service : services()) {
      job.putService(service.name(), serviceContainer(service));
      if (service.kind() == BackingService.Kind.POSTGRESQL && !env.containsKey("DATABASE_URL")) {
        String port = "${{ job.services." + service.name() + ".ports['" + service.port() + "'] }}";
        String database = service.database() + "_test";
        if (toolchain().language() == Language.JAVA) {
          env.put("DATABASE_URL", "jdbc:postgresql://localhost:" + port + "/" + database);
          env.put("DATABASE_USER", service.user());
        } else {
          env.put("DATABASE_URL", "postgresql://" + service.user() + "@localhost:" + port + "/" + database);
        }
      }
    }
    job.addAllSteps(setup());
    migrateCommand().ifPresent(m -> job.addStep(Step.builder().name("Apply migrations to the test database")
        .run(m).putAllEnv(env).build()));
    return job.addStep(Step.builder().name("Integration tests").run(command).putAllEnv(env).build());
  }

  private Container serviceContainer(BackingService service) {
    Container.Builder container = Container.builder().image(service.image()).addPorts(String.valueOf(service.port()));
    switch (service.kind()) {
      case POSTGRESQL:
        return container.putEnv("POSTGRES_USER", service.user())
            .putEnv("POSTGRES_DB", service.database() + "_test")
            .putEnv("POSTGRES_HOST_AUTH_METHOD", "trust")
            .options("--health-cmd \"pg_isready -U " + service.user() + " -d " + service.database()
                + "_test\" --health-interval 5s --health-timeout 5s --health-retries 10")
            .build();
      case MYSQL:
        return container.putEnv("MYSQL_DATABASE", service.database() + "_test")
            .putEnv("MYSQL_ALLOW_EMPTY_PASSWORD", "yes")
            .options("--health-cmd \"mysqladmin ping -h 127.0.0.1\" --health-interval 5s --health-timeout 5s "
                + "--health-retries 10")
            .build();
      default:
        return container.options("--health-cmd \"redis-cli ping\" --health-interval 5s --health-timeout 5s "
            + "--health-retries 10").build();
    }
  }

  private Job.Builder buildJob(Optional<String> command) {
    Job.Builder job = base("Build and push image")
        .permissions(Permissions.of("contents", Access.READ).withScope("packages", Access.WRITE))
        .putOutput("image", "${{ steps.image.outputs.ref }}")
        .addAllSteps(setup());
    command.ifPresent(c -> job.addStep(Step.builder().name("Build").run(c).build()));
    return job
        .addStep(Step.builder().name("Image name").id("image")
            .run("echo \"ref=" + imageBase() + ":${GITHUB_SHA}\" >> \"$GITHUB_OUTPUT\"").build())
        .addStep(Step.builder().name("Set up Docker Buildx").uses(action("docker/setup-buildx-action")).build())
        .addStep(login("${{ github.actor }}").build())
        .addStep(Step.builder().name("Build and push the image").uses(action("docker/build-push-action"))
            .putInput("context", ".")
            .putInput("push", "${{ " + PUSH_TO + trunk() + "' }}")
            .putInput("tags", "${{ steps.image.outputs.ref }}")
            .build());
  }

  private Job.Builder deployStagingJob() {
    return base("Deploy to staging")
        .condition(PUSH_TO + trunk() + "'")
        .environment(JobEnvironment.builder().name(staging().name()).url(staging().url()).build())
        .concurrency(Concurrency.builder().group("deploy-" + staging().name()).cancelInProgress(false).build())
        .addStep(checkout())
        .addStep(deployStep(staging()))
        .addStep(smokeTest(staging()));
  }

  private Step deployStep(DeployTarget target) {
    Step.Builder step = Step.builder().name("Deploy to " + target.name()).run(deploy().command());
    if (target == staging()) {
      step.putEnv("IMAGE", "${{ needs.build.outputs.image }}");
    }
    step.putEnv("ENVIRONMENT", target.name()).putEnv("URL", target.url()).putAllEnv(deploy().env());
    deploy().secrets().forEach((name, secret) -> step.putEnv(name, secret.asGitHubExpression()));
    return step.build();
  }

  private Step smokeTest(DeployTarget target) {
    return Step.builder().name("Smoke test: " + target.name() + " answers healthy")
        .run("curl --fail --silent --show-error --retry 10 --retry-delay 6 --retry-all-errors \"$URL"
            + healthCheck().path() + "\"")
        .putEnv("URL", target.url()).build();
  }

  private Step.Builder login(String user) {
    return Step.builder().name("Log in to " + registry()).uses(action("docker/login-action"))
        .condition(PUSH_TO + trunk() + "'")
        .putInput("registry", registry()).putInput("username", user).putInput("password", "${{ secrets.GITHUB_TOKEN }}");
  }

  private String imageBase() {
    return registry() + "/" + imageName().orElse("${GITHUB_REPOSITORY,,}");
  }

  private Job.Builder base(String name) {
    return Job.builder().name(name).runsOn(runner());
  }

  private Step checkout() {
    return Step.builder().uses(action("actions/checkout")).putInput("persist-credentials", "false").build();
  }

  private List<Step> setup() {
    List<Step> steps = new ArrayList<>();
    steps.add(checkout());
    PackageManager manager = toolchain().packageManager();
    if (toolchain().language() == Language.NODE) {
      if (manager == PackageManager.PNPM) {
        steps.add(Step.builder().uses(action("pnpm/action-setup")).build());
      }
      steps.add(Step.builder().uses(action("actions/setup-node")).putInput("node-version", toolchain().version())
          .putInput("cache", manager.label()).build());
    } else {
      Step.Builder java = Step.builder().uses(action("actions/setup-java")).putInput("distribution", "temurin")
          .putInput("java-version", toolchain().version());
      if (manager == PackageManager.MAVEN) {
        java.putInput("cache", "maven");
      }
      steps.add(java.build());
      if (manager == PackageManager.GRADLE) {
        steps.add(Step.builder().uses(action("gradle/actions/setup-gradle")).build());
      }
    }
    steps.add(Step.builder().name("Install dependencies").run(toolchain().installCommand()).build());
    return steps;
  }

  private ActionRef action(String name) {
    return actions().getOrDefault(name, PinnedActions.of(name).orElseThrow());
  }

  @Value.Check
  protected void check() {
    if (!trunk().matches("[A-Za-z0-9._/-]+")) {
      throw new IllegalArgumentException("trunk '" + Redaction.redactSecrets(trunk()) + "' is not a branch name");
    }
    if (staging().name().equals(production().name())) {
      throw new IllegalArgumentException("staging and production are both named '"
          + Redaction.redactSecrets(staging().name())
          + "'; give them different environments");
    }
    timeouts().forEach((cost, minutes) -> {
      if (minutes < 1) {
        throw new IllegalArgumentException("timeout of " + cost.label() + " must be positive, got " + minutes);
      }
    });
    imageName().ifPresent(name -> {
      if (!name.matches("[a-z0-9]+([._/-][a-z0-9]+)*")) {
        throw new IllegalArgumentException("image name '" + name + "' must be lower case, like 'acme/shop'");
      }
    });
  }
}
