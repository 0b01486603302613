package dev.devopskit.github.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.syntax.StartWordPattern;
import dev.devopskit.core.testing.Shared;
import dev.devopskit.github.GitHubActions;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The word prefilters give exactly what their plain patterns give: each command pattern of {@link Pipelines} finds a
 * match where its regular expression alone finds one, on every line of the real-world workflows and on generated
 * scripts (the word search itself is tested in core's {@code AsciiWordsTest}). What the rules built on them find
 * over the corpus is kept as a golden snapshot ({@link WorkflowFindingsGoldenTest}).
 */
class PrefilterSamenessTest {
  private static final List<String> FRAGMENTS = List.of("kubectl apply", "KUBECTL rollout", "helm upgrade",
      "terraform apply", "flyctl deploy", "ecs update-service", "gcloud run deploy", "./deploy.sh", "scripts/deploy",
      "docker build", "Docker  buildx build", "docker push", "npm run build", "pnpm build", "yarn build", "mvn",
      "./mvnw -B package", "gradle", "./gradlew assemble", "cargo build", "go build", "test:e2e", "integrationTest",
      "mvn verify", "failsafe", "playwright test", "cypress run", "run e2e", "npm test", "npm ci", "pnpm i",
      "yarn install --immutable", "yarn", " -g", "pip install -r", "pip3 install -r x", "CI=1 ", "MVN", "NPM install",
      "Gradle", "run ", "check", "types", "type-check", "check-types", "test", "build", "go", "clippy", "cargo fmt",
      "Cargo Check", "yarn test", "GO\tTEST", "npm t", "jest", "vitest", "pytest", "go test", "cargo test", "tsc",
      "mypy", "pyright", "run typecheck", "compileJava", "cargo check", "eslint", "prettier", "biome ci",
      "npm run lint", "format:check", "ruff", "flake8", "golangci-lint", "checkstyle", "spotlessCheck", "cargo clippy",
      "gofmt", "black --check", "shellcheck", "markdownlint", "actionlint", "echo ", "# ", "github.token",
      "GITHUB_TOKEN", "gh_token", "gh ", "gh\t", "git push", "git ", "docker\n", "push", "tag", "Tag", "git\ttag",
      "api.github.com", "publish", "ghcr.io", "comment", "release", "Release", "\u212Aubectl", "\u0130ntegration",
      "\u017Fhellcheck", "st\u00e9p", "-", "_", ":", "/", ".", "=", " ", "  ", "\n", "\r\n", "\t", "x", "1", "a", "ing",
      "s", "\u00a0", "\u2028", "xtest:integration", "TEST:E2E", "Fly deploy", "FLYCTL  deploy",
      "Deploy.SH", "Scripts/Deploy-x", "cdk deploy", "serverless deploy", "wrangler deploy", "vercel deploy",
      "netlify deploy", "npmx", "_npm", "pnpm run test:unit", "mvnw", "GradleW", "IntegrationTest", "compileJava");

  @Provide
  Arbitrary<String> scripts() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  @Property(tries = 2000)
  void should_find_as_the_plain_pattern_does(@ForAll("scripts") String text) {
    for (StartWordPattern pattern : Pipelines.commandPatterns()) {
      assertThat(pattern.find(text)).as("%s in %s", pattern.pattern(), text)
          .isEqualTo(pattern.pattern().matcher(text).find());
    }
  }

  @Property(tries = 2000)
  void should_classify_a_script_as_the_plain_patterns_of_the_table_do(@ForAll("scripts") String script) {
    CostClass plain = null;
    for (String line : script.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("echo ")) {
        continue;
      }
      for (Commands command : Commands.values()) {
        if (command.pattern().pattern().matcher(l).find()) {
          plain = plain == null || command.cost().compareTo(plain) > 0 ? command.cost() : plain;
          break;
        }
      }
    }
    assertThat(Pipelines.costOfCommand(script)).as("%s", script).isEqualTo(java.util.Optional.ofNullable(plain));
  }

  @Property(tries = 2000)
  void should_tell_the_action_a_step_uses_as_before(@ForAll("actionTexts") String text,
      @ForAll("actionNames") String repository) {
    ActionRef ref;
    try {
      ref = ActionRef.of(text);
    } catch (RuntimeException e) {
      return; // not a reference a step can hold
    }
    Step step = Step.builder().uses(ref).build();
    boolean before = step.uses().flatMap(ActionRef::repository).filter(r -> r.equalsIgnoreCase(repository))
        .isPresent() && step.uses().flatMap(ActionRef::path).isEmpty();
    assertThat(Pipelines.usesAction(step, repository)).as("%s uses %s", text, repository).isEqualTo(before);
  }

  @Provide
  Arbitrary<String> actionNames() {
    return Arbitraries.of("actions/checkout", "actions/upload-artifact", "actions/github-script");
  }

  @Provide
  Arbitrary<String> actionTexts() {
    return Arbitraries.of("actions/", "Actions/", "ACT\u0130ONS/", "act\u0131ons/", "checkout", "CheckOut",
        "upload-artifact", "github-script", "x", "/sub", "@v4", "@", "docker://", "./", "$/", "/", "actions",
        "-", "checkoutx").list().ofMaxSize(5).map(parts -> String.join("", parts));
  }

  @Test
  void should_find_as_the_plain_patterns_do_on_every_real_world_line() throws IOException {
    Path root = Shared.conformance().resolve("real-world");
    List<Path> files = Shared.files(root, p -> p.toString().replace('\\', '/').matches(".*/\\.github/workflows/[^/]+")
        && p.toString().matches(".*\\.ya?ml"));
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      Parsed<Workflow> parsed = GitHubActions.read(SourceFile.of(file.toString(),
          Files.readString(file, StandardCharsets.UTF_8)));
      parsed.value().ifPresent(workflow -> strings(workflow, texts));
    }
    assertThat(texts).hasSizeGreaterThan(1000);
    int found = 0;
    for (String text : texts) {
      for (String line : text.split("\n")) {
        for (StartWordPattern pattern : Pipelines.commandPatterns()) {
          boolean plain = pattern.pattern().matcher(line).find();
          assertThat(pattern.find(line)).as("%s in %s", pattern.pattern(), line).isEqualTo(plain);
          found += plain ? 1 : 0;
        }
      }
    }
    assertThat(found).isGreaterThan(100);
  }

  private static void strings(Workflow workflow, List<String> out) {
    out.addAll(workflow.env().values());
    for (Job job : workflow.jobs().values()) {
      out.addAll(job.env().values());
      for (Step step : job.steps()) {
        step.run().ifPresent(out::add);
        out.addAll(step.inputs().values());
        out.addAll(step.env().values());
        step.name().ifPresent(out::add);
      }
    }
  }
}
