package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.syntax.AsciiWords;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code github/dependency-cache}: a job that installs dependencies (npm, pnpm, yarn, Maven, Gradle, pip) caches
 * them, with the setup action's {@code cache:} input or an {@code actions/cache} step.
 */
public final class DependencyCache implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.of("github/dependency-cache", Profile.TRUNK, Severity.WARNING,
      "Jobs that install dependencies cache them").withConfidence(Confidence.MEDIUM);

  private static final Pattern INSTALL = Pattern.compile("(?m)^\\s*(?:[A-Z_]+=\\S+\\s+)*("
      + "npm\\s+(ci|install|i)(?![\\w-])(?!.*\\s(-g|--global)\\b)|pnpm\\s+(install|i)(?![\\w-])(?!.*\\s(-g|--global)\\b)"
      + "|yarn(\\s+install)?\\s*(--frozen-lockfile|--immutable)?\\s*$|\\./mvnw\\b|mvn\\b|\\./gradlew\\b|gradle\\b"
      + "|pip3?\\s+install\\s+-r\\b)");
  /** Words one of which every match of {@link #INSTALL} holds: a script without them is not matched. */
  private static final AsciiWords INSTALL_WORDS = AsciiWords.of(Map.of("npm", 1, "yarn", 1, "mvn", 1, "gradle", 1, "pip", 1));
  /** Actions that cache by default. */
  private static final List<String> CACHING = List.of("actions/cache", "gradle/actions", "gradle/gradle-build-action",
      "actions/setup-go", "swatinem/rust-cache");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Job job = entry.getValue();
      if (cached(job)) {
        continue;
      }
      List<Step> steps = job.steps();
      for (int i = 0; i < steps.size(); i++) {
        Optional<String> install = installCommand(steps.get(i).run().orElse(""));
        if (install.isPresent()) {
          String command = install.get();
          context.report(Pipelines.step(entry.getKey(), i).key("run"), "job '" + entry.getKey()
              + "' installs dependencies (" + command + ") without a cache, so every run downloads them again",
              "set cache: on the setup action (actions/setup-node with cache: npm, actions/setup-java with "
              + "cache: maven) or add an actions/cache step keyed on the lockfile");
          break;
        }
      }
    }
  }

  /** The first dependency install command of a script, if any. */
  static Optional<String> installCommand(String run) {
    if (INSTALL_WORDS.find(run) == 0) {
      return Optional.empty();
    }
    Matcher install = INSTALL.matcher(run);
    return install.find() ? Optional.of(install.group(1).trim()) : Optional.empty();
  }

  /** Whether an action of this (lower-case) repository caches: one of {@link #CACHING}, a part of one, or in one. */
  private static boolean caching(String repo) {
    String folder = repo + "/";
    for (String c : CACHING) {
      if (repo.equals(c) || c.startsWith(folder) || repo.startsWith(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cached(Job job) {
    for (Step step : job.steps()) {
      if (step.uses().isEmpty()) {
        continue;
      }
      String repo = step.uses().get().repository().orElse("").toLowerCase(Locale.ROOT);
      if (repo.isEmpty()) {
        continue;
      }
      if (caching(repo)) {
        return true;
      }
      if (step.inputs().containsKey("cache") && !step.inputs().get("cache").isBlank()
          || "true".equals(step.inputs().get("bundler-cache")) || "true".equals(step.inputs().get("enable-cache"))) {
        return true;
      }
    }
    return false;
  }
}
