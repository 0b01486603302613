package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Permissions;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code github/use-trusted-publishing}: a release to PyPI, npm, crates.io or RubyGems authenticates with the
 * workflow's OIDC identity (trusted publishing), not a long-lived token stored as a secret. Reported: the
 * publishing actions given a token ({@code pypa/gh-action-pypi-publish} with {@code password},
 * {@code rubygems/release-gem} with {@code setup-trusted-publisher: false},
 * {@code rubygems/configure-rubygems-credentials} with {@code api-token}), and publishing commands ({@code twine
 * upload}, {@code uv publish}, {@code npm publish}, {@code cargo publish}, {@code gem push}...) in jobs that are not
 * granted {@code id-token: write}, without which they cannot publish any other way than with a token. Commands
 * aimed at another registry, and dry runs, are not reported.
 */
public final class UseTrustedPublishing implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/use-trusted-publishing")
      .profile(Profile.RECOMMENDED).confidence(Confidence.HIGH).defaultSeverity(Severity.NOTE)
      .summary("Packages are published with trusted publishing, not a long-lived token")
      .build();
  /** Hosts of the registries that offer trusted publishing. */
  private static final List<String> TRUSTED_HOSTS = List.of("pypi.org", "npmjs.org", "rubygems.org", "crates.io");
  /** Options that send a publishing command to another registry when their value names none of those. */
  private static final Set<String> TARGET_OPTIONS = Set.of("--registry", "--index", "--host", "--repository",
      "-r", "--repository-url", "--publish-url", "--key", "--index-url");
  /** Sub-commands that run another program with the words after them. */
  private static final Set<String> RUNNERS = Set.of("dlx", "exec", "x", "run", "run-script", "create", "install");
  private static final Set<String> PREFIXES = Set.of("sudo", "time", "exec", "npx", "env", "command");
  private static final String FIX = "configure a trusted publisher on the registry, grant the job id-token: write "
      + "and drop the token";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Job job = entry.getValue();
      boolean idToken = idToken(job.permissions().isPresent() ? job.permissions() : workflow.permissions());
      boolean otherNpmRegistry = false;
      List<Step> steps = job.steps();
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        DocPath path = Pipelines.step(entry.getKey(), i);
        if (Pipelines.usesAction(step, "actions/setup-node")) {
          String registry = step.with().getOrDefault("registry-url", "");
          otherNpmRegistry |= !registry.isBlank() && !trusted(registry);
        }
        action(step, path, context);
        if (!idToken && step.run().isPresent()) {
          Optional<String> command = publishCommand(step.run().get());
          if (command.isPresent() && !(otherNpmRegistry && npm(command.get()))) {
            context.reportAtKey(path.key("run"), "'" + command.get() + "' publishes with a long-lived token: the "
                + "job is not granted id-token: write, which trusted publishing needs", FIX);
          }
        }
      }
    }
  }

  private static void action(Step step, DocPath path, RuleContext context) {
    Map<String, String> with = step.with();
    if (Pipelines.usesAction(step, "pypa/gh-action-pypi-publish") && !with.getOrDefault("password", "").isBlank()
        && trustedOrDefault(with.getOrDefault("repository-url", with.getOrDefault("repository_url", "")))) {
      context.reportAtKey(path.key("with").key("password"), "the PyPI upload uses a stored API token", FIX
          + " (remove password:)");
    } else if (Pipelines.usesAction(step, "rubygems/release-gem")
        && with.getOrDefault("setup-trusted-publisher", "").strip().equalsIgnoreCase("false")) {
      context.reportAtKey(path.key("with").key("setup-trusted-publisher"), "the gem release turns trusted "
          + "publishing off and uses a stored API key", FIX + " (remove setup-trusted-publisher: false)");
    } else if (Pipelines.usesAction(step, "rubygems/configure-rubygems-credentials")
        && !with.getOrDefault("api-token", "").isBlank() && trustedOrDefault(with.getOrDefault("gem-server", ""))) {
      context.reportAtKey(path.key("with").key("api-token"), "RubyGems credentials come from a stored API token",
          FIX + " (remove api-token: and set role-to-assume:)");
    }
  }

  private static boolean idToken(Optional<Permissions> permissions) {
    return permissions.isPresent() && (permissions.get().all().orElse(Access.NONE) == Access.WRITE
        || permissions.get().scopes().get("id-token") == Access.WRITE);
  }

  private static boolean trusted(String registry) {
    String lower = registry.toLowerCase(Locale.ROOT);
    return TRUSTED_HOSTS.stream().anyMatch(lower::contains);
  }

  private static boolean trustedOrDefault(String registry) {
    return registry.isBlank() || trusted(registry);
  }

  private static boolean npm(String command) {
    return command.startsWith("npm") || command.startsWith("yarn") || command.startsWith("pnpm")
        || command.startsWith("bun");
  }

  /** The first command of a script that publishes to a registry offering trusted publishing. */
  static Optional<String> publishCommand(String script) {
    if (!script.contains("publish") && !script.contains("upload") && !script.contains("push")) {
      return Optional.empty();
    }
    for (String command : script.replace("\\\n", " ").split("\\n|;|&&|\\|\\||\\||\\(|\\)|`")) {
      List<String> words = words(command);
      if (!words.isEmpty() && publishes(words)) {
        return Optional.of(String.join(" ", words));
      }
    }
    return Optional.empty();
  }

  /** The words of one command, without leading variable assignments and wrappers ({@code sudo}, {@code npx}). */
  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    for (String word : command.strip().split("\\s+")) {
      String bare = word.replaceAll("^[\"']|[\"']$", "");
      boolean leading = words.isEmpty() && (bare.matches("[A-Za-z_][A-Za-z0-9_]*=.*") || PREFIXES.contains(bare));
      if (!bare.isEmpty() && !leading) {
        words.add(bare);
      }
    }
    if (words.size() >= 3 && words.get(0).matches("python[0-9.]*") && words.get(1).equals("-m")) {
      return words.subList(2, words.size());
    }
    return words;
  }

  private static boolean publishes(List<String> words) {
    String cmd = words.get(0);
    List<String> args = words.subList(1, words.size());
    if (args.contains("--dry-run") || elsewhere(args)) {
      return false;
    }
    switch (cmd) {
      case "cargo":
        return verb(args, "publish") && !args.contains("-n");
      case "uv", "hatch", "pdm", "npm", "pnpm", "bun":
        return verb(args, "publish");
      case "twine":
        return verb(args, "upload");
      case "gem":
        return verb(args, "push");
      case "yarn":
        return args.contains("npm") && verb(args, "publish") && !args.contains("-n");
      default:
        return false;
    }
  }

  /**
   * Whether the tool itself runs {@code verb}: it is an argument, and no argument before it hands the rest of the
   * line to another program ({@code pnpm dlx pkg-pr-new publish} publishes somewhere else).
   */
  private static boolean verb(List<String> args, String verb) {
    int at = args.indexOf(verb);
    return at >= 0 && args.subList(0, at).stream().noneMatch(RUNNERS::contains);
  }

  /** Whether the arguments aim the command at a registry without trusted publishing. */
  private static boolean elsewhere(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int eq = arg.indexOf('=');
      String option = eq < 0 ? arg : arg.substring(0, eq);
      if (TARGET_OPTIONS.contains(option)) {
        String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.size() ? args.get(i + 1) : "";
        if (!trusted(value) && !value.equalsIgnoreCase("pypi") && !value.equalsIgnoreCase("testpypi")) {
          return true;
        }
      } else if (arg.contains("://") && !trusted(arg)) {
        return true;
      }
    }
    return false;
  }
}
