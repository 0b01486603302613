package dev.devopskit.github.rules;

import dev.devopskit.core.syntax.AsciiWords;
import dev.devopskit.core.syntax.StartWordPattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command classes of a script line, costliest first: each a cost class, the pattern of its commands and the
 * words (lower-case ASCII) one of which every match of the pattern starts with. The prefilter is derived from the
 * words: a line is tried against a class's pattern only when it holds one of that class's words. Adding a tool is
 * one change to one row: its alternative in the pattern and its start word.
 */
enum Commands {
  DEPLOY(CostClass.DEPLOY, "(?i)(\\bkubectl\\s+(apply|rollout|set\\s+image)"
      + "|\\bhelm\\s+(upgrade|install)|\\bterraform\\s+apply|\\bfly(ctl)?\\s+deploy|\\bvercel\\s+deploy"
      + "|\\bnetlify\\s+deploy|\\becs\\s+update-service|\\bgcloud\\s+run\\s+deploy|\\bdeploy\\.sh\\b"
      + "|\\bscripts/deploy|\\bcdk\\s+deploy|\\bserverless\\s+deploy|\\bwrangler\\s+deploy)",
      "kubectl", "helm", "terraform", "fly", "vercel", "netlify", "ecs", "gcloud", "deploy.sh", "scripts/deploy",
      "cdk", "serverless", "wrangler"),
  BUILD(CostClass.BUILD, "(?i)(\\bdocker\\s+(buildx\\s+)?build\\b"
      + "|\\bdocker\\s+push\\b|\\b(npm|pnpm|yarn)(\\s+run)?\\s+build\\b|\\bmvnw?\\b.*\\b(package|install|deploy)\\b"
      + "|\\bgradlew?\\b.*\\b(build|assemble|bootJar|jib)\\b|\\bcargo\\s+build\\b|\\bgo\\s+build\\b)",
      "docker", "npm", "pnpm", "yarn", "mvn", "gradle", "cargo", "go"),
  INTEGRATION_TEST(CostClass.INTEGRATION_TEST, "(?i)(test:(integration|e2e)"
      + "|\\bintegrationTest\\b|\\bmvnw?\\b.*\\bverify\\b|\\bfailsafe\\b|\\bplaywright\\s+test\\b"
      + "|\\bcypress\\s+run\\b|\\brun\\s+(e2e|test:e2e|integration)\\b)",
      "test:", "integrationtest", "mvn", "failsafe", "playwright", "cypress", "run"),
  UNIT_TEST(CostClass.UNIT_TEST, "(?i)(\\b(npm|pnpm|yarn)(\\s+run)?\\s+test\\b(?!:)"
      + "|\\bnpm\\s+t\\b|\\b(jest|vitest)\\b|\\bmvnw?\\b.*\\btest\\b|\\bgradlew?\\b.*\\btest\\b|\\bpytest\\b"
      + "|\\bgo\\s+test\\b|\\bcargo\\s+test\\b)",
      "npm", "pnpm", "yarn", "jest", "vitest", "mvn", "gradle", "pytest", "go", "cargo"),
  TYPE_CHECK(CostClass.TYPE_CHECK, "(?i)(\\btsc\\b|\\bmypy\\b|\\bpyright\\b"
      + "|\\brun\\s+(typecheck|type-check|types|check-types)\\b|\\bmvnw?\\b.*\\bcompile\\b|\\bcompileJava\\b"
      + "|\\bcargo\\s+check\\b)",
      "tsc", "mypy", "pyright", "run", "mvn", "compilejava", "cargo"),
  LINT(CostClass.LINT, "(?i)(\\beslint\\b|\\bprettier\\b|\\bbiome\\s+(check|lint|ci)\\b"
      + "|\\b(npm|pnpm|yarn)(\\s+run)?\\s+(lint|format:check|fmt:check)\\b|\\bruff\\b|\\bflake8\\b|\\bgolangci-lint\\b"
      + "|\\bcheckstyle\\b|\\bspotless(:check|Check)\\b|\\bcargo\\s+(clippy|fmt)\\b|\\bgofmt\\b|\\bblack\\s+--check\\b"
      + "|\\bshellcheck\\b|\\bmarkdownlint\\b|\\bactionlint\\b)",
      "eslint", "prettier", "biome", "npm", "pnpm", "yarn", "ruff", "flake8", "golangci-lint", "checkstyle",
      "spotless", "cargo", "gofmt", "black", "shellcheck", "markdownlint", "actionlint");

  private static final Commands[] ALL = values();
  /** Every start word with the bits of the classes it starts: one pass over a line finds them all. */
  private static final AsciiWords START_WORDS = startWords();

  private final CostClass cost;
  private final StartWordPattern pattern;
  private final List<String> words;

  Commands(CostClass cost, String regex, String... words) {
    this.cost = cost;
    this.pattern = StartWordPattern.of(regex, words);
    this.words = List.of(words);
  }

  private static AsciiWords startWords() {
    Map<String, Integer> bits = new LinkedHashMap<>();
    for (Commands command : values()) {
      command.words.forEach(word -> bits.merge(word, 1 << command.ordinal(), (a, b) -> a | b));
    }
    return AsciiWords.of(bits);
  }

  /** The cost class of the commands. */
  CostClass cost() {
    return cost;
  }

  /** The pattern, with its start words. */
  StartWordPattern pattern() {
    return pattern;
  }

  /** The classes whose start words {@code script[from, to)} holds, as bits ({@code 1 << ordinal}). */
  static int candidates(String script, int from, int to) {
    return START_WORDS.find(script, from, to);
  }

  /**
   * The cost class of one stripped line, or null: the first class whose pattern matches, costliest first, among the
   * candidates ({@link #candidates}).
   */
  static CostClass costOfLine(String line, int candidates) {
    for (Commands command : ALL) {
      if ((candidates & 1 << command.ordinal()) != 0 && command.pattern.find(line)) {
        return command.cost;
      }
    }
    return null;
  }
}
