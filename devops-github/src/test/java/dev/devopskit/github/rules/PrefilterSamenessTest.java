package dev.devopskit.github.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.SourceFile;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The word prefilters give exactly what the plain patterns gave: the command classification of a script and the
 * token-use test of {@link ExcessivePermissions} are compared with their former implementations (kept here as the
 * reference) on every string of the real-world workflows and on generated scripts.
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

  @Property(tries = 5000)
  void should_classify_generated_scripts_as_before(@ForAll("scripts") String script) {
    assertThat(Pipelines.costOfCommand(script)).as(script).isEqualTo(Reference.classify(script));
  }

  @Property(tries = 2000)
  void should_find_as_the_plain_pattern_does(@ForAll("scripts") String text) {
    for (StartWordPattern pattern : COMMAND_PATTERNS) {
      assertThat(pattern.find(text)).as("%s in %s", pattern.pattern(), text)
          .isEqualTo(pattern.pattern().matcher(text).find());
    }
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

  /** Words of every shape: one character, a non-letter second character, shared prefixes. */
  private static final Map<String, Integer> SOME_WORDS = Map.of("go ", 1, "go\t", 2, "e2e", 4, "x", 8, "test", 16,
      "test:", 32, "gh\n", 64, "npm", 128, "pnpm", 256, "-", 512);

  @Property(tries = 2000)
  void should_find_the_words_a_plain_search_finds(@ForAll("scripts") String text) {
    Words words = new Words(SOME_WORDS);
    for (int from = 0; from <= text.length(); from += 3) {
      int to = Math.max(from, text.length() - from / 2);
      assertThat(words.find(text, from, to)).as("%s [%d, %d)", text, from, to)
          .isEqualTo(plainFind(text.substring(from, to)));
    }
  }

  /** The words found by searching the ASCII-lower-cased text for each of them. */
  private static int plainFind(String text) {
    StringBuilder lower = new StringBuilder();
    for (char c : text.toCharArray()) {
      lower.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    int found = 0;
    for (Map.Entry<String, Integer> word : SOME_WORDS.entrySet()) {
      found |= lower.indexOf(word.getKey()) >= 0 ? word.getValue() : 0;
    }
    return found;
  }

  /** Each command pattern with its start words, as the classification uses them. */
  private static final List<StartWordPattern> COMMAND_PATTERNS = List.of(
      new StartWordPattern(Reference.DEPLOY_CMD.pattern(), "kubectl", "helm", "terraform", "fly", "vercel", "netlify",
          "ecs", "gcloud", "deploy.sh", "scripts/deploy", "cdk", "serverless", "wrangler"),
      new StartWordPattern(Reference.BUILD_CMD.pattern(), "docker", "npm", "pnpm", "yarn", "mvn", "gradle", "cargo",
          "go"),
      new StartWordPattern(Reference.INTEGRATION_CMD.pattern(), "test:", "integrationtest", "mvn", "failsafe",
          "playwright", "cypress", "run"),
      new StartWordPattern(Reference.UNIT_CMD.pattern(), "npm", "pnpm", "yarn", "jest", "vitest", "mvn", "gradle",
          "pytest", "go", "cargo"),
      new StartWordPattern(Reference.TYPE_CMD.pattern(), "tsc", "mypy", "pyright", "run", "mvn", "compilejava",
          "cargo"),
      new StartWordPattern(Reference.LINT_CMD.pattern(), "eslint", "prettier", "biome", "npm", "pnpm", "yarn", "ruff",
          "flake8", "golangci-lint", "checkstyle", "spotless", "cargo", "gofmt", "black", "shellcheck",
          "markdownlint", "actionlint"));

  @Property(tries = 2000)
  void should_find_token_use_in_generated_text_as_before(@ForAll("scripts") String text) {
    assertThat(ExcessivePermissions.usesToken(text)).as(text).isEqualTo(Reference.TOKEN_USE.matcher(text).find());
  }

  @Property(tries = 1000)
  void should_find_install_commands_in_generated_scripts_as_before(@ForAll("scripts") String script) {
    assertThat(DependencyCache.installCommand(script)).as(script).isEqualTo(Reference.install(script));
  }

  @Test
  void should_give_the_former_answers_on_every_real_world_workflow_string() throws IOException {
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
    int classified = 0;
    for (String text : texts) {
      Optional<CostClass> expected = Reference.classify(text);
      assertThat(Pipelines.costOfCommand(text)).as(text).isEqualTo(expected);
      assertThat(ExcessivePermissions.usesToken(text)).as(text).isEqualTo(Reference.TOKEN_USE.matcher(text).find());
      assertThat(DependencyCache.installCommand(text)).as(text).isEqualTo(Reference.install(text));
      for (String line : text.split("\n")) {
        for (StartWordPattern pattern : COMMAND_PATTERNS) {
          assertThat(pattern.find(line)).as("%s in %s", pattern.pattern(), line)
              .isEqualTo(pattern.pattern().matcher(line).find());
        }
      }
      classified += expected.isPresent() ? 1 : 0;
    }
    assertThat(classified).isGreaterThan(100);
  }

  private static void strings(Workflow workflow, List<String> out) {
    out.addAll(workflow.env().values());
    for (Job job : workflow.jobs().values()) {
      out.addAll(job.env().values());
      for (Step step : job.steps()) {
        step.run().ifPresent(out::add);
        out.addAll(step.with().values());
        out.addAll(step.env().values());
        step.name().ifPresent(out::add);
      }
    }
  }

  /** The former implementations, word for word. */
  private static final class Reference {
    static final Pattern TOKEN_USE = Pattern.compile("(?i)(github\\.token|GITHUB_TOKEN|GH_TOKEN|\\bgh\\s"
        + "|git\\s+push|api\\.github\\.com|\\bpublish\\b|docker\\s+push|ghcr\\.io|\\bgit\\s+tag|\\bcomment|\\brelease)");
    static final Pattern DEPLOY_CMD = Pattern.compile("(?i)(\\bkubectl\\s+(apply|rollout|set\\s+image)"
        + "|\\bhelm\\s+(upgrade|install)|\\bterraform\\s+apply|\\bfly(ctl)?\\s+deploy|\\bvercel\\s+deploy"
        + "|\\bnetlify\\s+deploy|\\becs\\s+update-service|\\bgcloud\\s+run\\s+deploy|\\bdeploy\\.sh\\b"
        + "|\\bscripts/deploy|\\bcdk\\s+deploy|\\bserverless\\s+deploy|\\bwrangler\\s+deploy)");
    static final Pattern BUILD_CMD = Pattern.compile("(?i)(\\bdocker\\s+(buildx\\s+)?build\\b"
        + "|\\bdocker\\s+push\\b|\\b(npm|pnpm|yarn)(\\s+run)?\\s+build\\b|\\bmvnw?\\b.*\\b(package|install|deploy)\\b"
        + "|\\bgradlew?\\b.*\\b(build|assemble|bootJar|jib)\\b|\\bcargo\\s+build\\b|\\bgo\\s+build\\b)");
    static final Pattern INTEGRATION_CMD = Pattern.compile("(?i)(test:(integration|e2e)"
        + "|\\bintegrationTest\\b|\\bmvnw?\\b.*\\bverify\\b|\\bfailsafe\\b|\\bplaywright\\s+test\\b"
        + "|\\bcypress\\s+run\\b|\\brun\\s+(e2e|test:e2e|integration)\\b)");
    static final Pattern UNIT_CMD = Pattern.compile("(?i)(\\b(npm|pnpm|yarn)(\\s+run)?\\s+test\\b(?!:)"
        + "|\\bnpm\\s+t\\b|\\b(jest|vitest)\\b|\\bmvnw?\\b.*\\btest\\b|\\bgradlew?\\b.*\\btest\\b|\\bpytest\\b"
        + "|\\bgo\\s+test\\b|\\bcargo\\s+test\\b)");
    static final Pattern TYPE_CMD = Pattern.compile("(?i)(\\btsc\\b|\\bmypy\\b|\\bpyright\\b"
        + "|\\brun\\s+(typecheck|type-check|types|check-types)\\b|\\bmvnw?\\b.*\\bcompile\\b|\\bcompileJava\\b"
        + "|\\bcargo\\s+check\\b)");
    static final Pattern LINT_CMD = Pattern.compile("(?i)(\\beslint\\b|\\bprettier\\b|\\bbiome\\s+(check|lint|ci)\\b"
        + "|\\b(npm|pnpm|yarn)(\\s+run)?\\s+(lint|format:check|fmt:check)\\b|\\bruff\\b|\\bflake8\\b"
        + "|\\bgolangci-lint\\b|\\bcheckstyle\\b|\\bspotless(:check|Check)\\b|\\bcargo\\s+(clippy|fmt)\\b|\\bgofmt\\b"
        + "|\\bblack\\s+--check\\b|\\bshellcheck\\b|\\bmarkdownlint\\b|\\bactionlint\\b)");
    static final List<String> DEPLOY_WORDS = List.of("kubectl", "helm", "terraform", "ecs", "deploy");
    static final List<String> BUILD_WORDS = List.of("docker", "build", "mvn", "gradle");
    static final List<String> INTEGRATION_WORDS = List.of("integration", "e2e", "mvn", "failsafe", "playwright",
        "cypress");
    static final List<String> UNIT_WORDS = List.of("test", "npm", "jest", "vitest");
    static final List<String> TYPE_WORDS = List.of("tsc", "mypy", "pyright", "type", "compile", "cargo");
    static final List<String> LINT_WORDS = List.of("lint", "prettier", "biome", "format", "fmt", "ruff",
        "flake8", "checkstyle", "spotless", "cargo", "black", "shellcheck");

    static final Pattern INSTALL = Pattern.compile("(?m)^\\s*(?:[A-Z_]+=\\S+\\s+)*("
        + "npm\\s+(ci|install|i)(?![\\w-])(?!.*\\s(-g|--global)\\b)|pnpm\\s+(install|i)(?![\\w-])(?!.*\\s(-g|--global)\\b)"
        + "|yarn(\\s+install)?\\s*(--frozen-lockfile|--immutable)?\\s*$|\\./mvnw\\b|mvn\\b|\\./gradlew\\b|gradle\\b"
        + "|pip3?\\s+install\\s+-r\\b)");

    static Optional<String> install(String run) {
      java.util.regex.Matcher install = INSTALL.matcher(run);
      return install.find() ? Optional.of(install.group(1).trim()) : Optional.empty();
    }

    static Optional<CostClass> classify(String script) {
      CostClass found = null;
      int start = 0;
      int length = script.length();
      while (start <= length) {
        int end = script.indexOf('\n', start);
        end = end < 0 ? length : end;
        String l = script.substring(start, end).strip();
        start = end + 1;
        if (l.isEmpty() || l.startsWith("#") || l.startsWith("echo ")) {
          continue;
        }
        CostClass c = costOfLine(l);
        if (c != null && (found == null || c.compareTo(found) > 0)) {
          found = c;
          if (found == CostClass.DEPLOY) {
            break;
          }
        }
      }
      return Optional.ofNullable(found);
    }

    static CostClass costOfLine(String line) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (mentions(lower, DEPLOY_WORDS) && DEPLOY_CMD.matcher(line).find()) {
        return CostClass.DEPLOY;
      }
      if (mentions(lower, BUILD_WORDS) && BUILD_CMD.matcher(line).find()) {
        return CostClass.BUILD;
      }
      if (mentions(lower, INTEGRATION_WORDS) && INTEGRATION_CMD.matcher(line).find()) {
        return CostClass.INTEGRATION_TEST;
      }
      if (mentions(lower, UNIT_WORDS) && UNIT_CMD.matcher(line).find()) {
        return CostClass.UNIT_TEST;
      }
      if (mentions(lower, TYPE_WORDS) && TYPE_CMD.matcher(line).find()) {
        return CostClass.TYPE_CHECK;
      }
      if (mentions(lower, LINT_WORDS) && LINT_CMD.matcher(line).find()) {
        return CostClass.LINT;
      }
      return null;
    }

    static boolean mentions(String lower, List<String> words) {
      return words.stream().anyMatch(lower::contains);
    }
  }
}
