package dev.devopskit.github.rules;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.Rule;
import dev.devopskit.core.check.RuleContext;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.syntax.AsciiWords;
import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.ActionRef;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Permissions;
import dev.devopskit.github.workflow.Step;
import dev.devopskit.github.workflow.Trigger;
import dev.devopskit.github.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * {@code github/excessive-permissions}: the {@code GITHUB_TOKEN} gets the least it needs. The workflow sets
 * {@code permissions} at the top (without it the token gets the repository default, which can be write-all),
 * nothing is {@code write-all} or {@code read-all}, a job holds a write scope only when one of its steps can use
 * the token, and a workflow that is only called, and sets no permissions, gives its own reusable-workflow calls
 * explicit permissions.
 */
public final class ExcessivePermissions implements Rule<Workflow> {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("github/excessive-permissions")
      .profile(Profile.RECOMMENDED).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING).summary("The GITHUB_TOKEN gets only the permissions its jobs use")
      .addOptions(new RuleOption("allow", "write scopes never reported as unused", "[id-token]"),
          new RuleOption("require-top-level", "report workflows without top-level permissions", "true"))
      .build();
  /** Actions that never use the token to write. */
  private static final List<String> TOKEN_FREE = List.of("actions/checkout", "actions/setup-node",
      "actions/setup-java", "actions/setup-python", "actions/setup-go", "actions/setup-dotnet", "actions/cache",
      "actions/upload-artifact", "actions/download-artifact", "pnpm/action-setup", "docker/setup-buildx-action",
      "docker/setup-qemu-action", "astral-sh/setup-uv", "dtolnay/rust-toolchain", "swatinem/rust-cache",
      "ruby/setup-ruby", "oven-sh/setup-bun", "denoland/setup-deno", "actions/setup-ruby");
  private static final Pattern TOKEN_USE = Pattern.compile("(?i)(github\\.token|GITHUB_TOKEN|GH_TOKEN|\\bgh\\s"
      + "|git\\s+push|api\\.github\\.com|\\bpublish\\b|docker\\s+push|ghcr\\.io|\\bgit\\s+tag|\\bcomment|\\brelease)");
  /**
   * Words one of which every match of {@link #TOKEN_USE} contains, or both words of a pair ({@code git} and
   * {@code docker} with the white space {@code \s} allows after them, and {@code push} or {@code tag}): a text
   * without them cannot match, so the pattern is not run. The words that are whole alternatives of the pattern
   * ({@link #SURE}) match by themselves.
   */
  private static final AsciiWords TOKEN_WORDS = tokenWords();
  private static final UnaryOperator<String> READ_ALL = who -> who + " grants read-all, which "
      + "lets the token read every scope (actions, packages, security events...), not only the code";
  private static final String READ_ALL_FIX = "name the scopes it reads, such as permissions: contents: read";
  private static final int MAYBE = 1;
  private static final int SURE = 1 << 1;
  private static final int GIT = 1 << 2;
  private static final int DOCKER = 1 << 3;
  private static final int PUSH = 1 << 4;
  private static final int TAG = 1 << 5;

  private static AsciiWords tokenWords() {
    Map<String, Integer> words = new LinkedHashMap<>();
    for (String word : List.of("github.token", "github_token", "gh_token", "api.github.com", "ghcr.io")) {
      words.put(word, SURE);
    }
    for (String word : List.of("publish", "comment", "release")) {
      words.put(word, MAYBE);
    }
    words.put("push", PUSH);
    words.put("tag", TAG);
    for (String space : List.of(" ", "\t", "\n", "\u000b", "\f", "\r")) {
      words.put("gh" + space, MAYBE);
      words.put("git" + space, GIT);
      words.put("docker" + space, DOCKER);
    }
    return AsciiWords.of(words);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Workflow workflow, RuleContext context) {
    List<String> allowed = context.listOption("allow");
    boolean everyJobSets = true;
    for (Job job : workflow.jobs().values()) {
      everyJobSets &= job.permissions().isPresent();
    }
    boolean calledOnly = calledOnly(workflow);
    if (workflow.permissions().isEmpty() && !everyJobSets && !calledOnly
        && context.booleanOption("require-top-level")) {
      context.reportAtKey(DocPath.of("on"), "the workflow sets no permissions, so its token gets the repository's "
          + "default, which can be write-all", "add permissions: contents: read at the top and widen it on the "
          + "jobs that need more");
    }
    if (calledOnly && workflow.permissions().isEmpty()) {
      workflow.jobs().forEach((id, job) -> {
        if (job.isCall() && job.permissions().isEmpty()) {
          context.reportAtKey(Pipelines.job(id).key("uses"), "job '" + id + "' calls a reusable workflow without "
              + "permissions, so it hands on the whole token this workflow is given", "add permissions: with the "
              + "scopes the called workflow needs");
        }
      });
    }
    boolean workflowEnvWrites = anyUsesToken(workflow.env());
    if (workflow.permissions().isPresent()) {
      topLevel(workflow, workflow.permissions().get(), workflowEnvWrites, allowed, context);
    }
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Job job = entry.getValue();
      if (job.permissions().isPresent()) {
        check(workflowEnvWrites, entry.getKey(), job, job.permissions().get(), allowed, context);
      }
    }
  }

  private static void topLevel(Workflow workflow, Permissions p, boolean workflowEnvWrites, List<String> allowed,
      RuleContext context) {
    if (writeAll(p)) {
      context.report(DocPath.of("permissions"), "the workflow grants write-all to every job",
          "grant read at the top and the write scopes on the jobs that use them");
      return;
    }
    if (readAll(p)) {
      // As zizmor's default persona: read-all at the top matters when several jobs inherit it.
      long inheritingJobs = workflow.jobs().values().stream().filter(j -> j.permissions().isEmpty()).count();
      if (workflow.jobs().size() > 1 && inheritingJobs > 0 && !calledOnly(workflow)) {
        context.report(DocPath.of("permissions"), READ_ALL.apply("the workflow"), READ_ALL_FIX);
      }
      return;
    }
    List<String> inheriting = new ArrayList<>();
    boolean anyInherits = false;
    for (Map.Entry<String, Job> entry : workflow.jobs().entrySet()) {
      Job job = entry.getValue();
      anyInherits |= job.permissions().isEmpty();
      if (job.permissions().isEmpty() && !job.isCall() && !mayWrite(workflowEnvWrites, job)) {
        inheriting.add(entry.getKey());
      }
    }
    for (Map.Entry<String, Access> scope : p.scopes().entrySet()) {
      if (scope.getValue() == Access.WRITE && !allowed.contains(scope.getKey()) && anyInherits
          && !inheriting.isEmpty()) {
        context.report(DocPath.of("permissions", scope.getKey()), "the workflow grants " + scope.getKey()
            + ": write to every job, and job(s) " + String.join(", ", inheriting) + " cannot use it",
            "grant it on the jobs that use it and keep the top at read");
      }
    }
  }

  /** Whether the workflow runs only when another workflow calls it. */
  private static boolean calledOnly(Workflow workflow) {
    boolean calledOnly = true;
    for (Trigger trigger : workflow.on()) {
      calledOnly &= trigger.event().equals("workflow_call");
    }
    return calledOnly;
  }

  private static boolean readAll(Permissions permissions) {
    return permissions.all().isPresent() && permissions.all().get() == Access.READ;
  }

  private static boolean writeAll(Permissions permissions) {
    return permissions.all().isPresent() && permissions.all().get() == Access.WRITE;
  }

  private static void check(boolean workflowEnvWrites, String id, Job job, Permissions permissions,
      List<String> allowed, RuleContext context) {
    DocPath path = Pipelines.job(id).key("permissions");
    if (writeAll(permissions)) {
      context.report(path, "job '" + id + "' grants write-all", "grant only the write scopes it uses");
      return;
    }
    if (readAll(permissions)) {
      context.report(path, READ_ALL.apply("job '" + id + "'"), READ_ALL_FIX);
      return;
    }
    if (job.isCall() || mayWrite(workflowEnvWrites, job)) {
      return;
    }
    for (Map.Entry<String, Access> scope : permissions.scopes().entrySet()) {
      if (scope.getValue() == Access.WRITE && !allowed.contains(scope.getKey())) {
        context.report(path.key(scope.getKey()), "job '" + id + "' grants " + scope.getKey()
            + ": write, but none of its steps can use the token", "set it to read, or remove it");
      }
    }
  }

  /**
   * Whether any step could use the token to write: an action not known to be token-free, or a script using it
   * ({@code workflowEnvWrites}: whether the workflow's env uses it).
   */
  private static boolean mayWrite(boolean workflowEnvWrites, Job job) {
    if (workflowEnvWrites || anyUsesToken(job.env())) {
      return true;
    }
    for (Step step : job.steps()) {
      Optional<ActionRef> uses = step.uses();
      if (uses.isPresent()) {
        String repo = uses.get().repository().orElse("").toLowerCase(Locale.ROOT);
        boolean tokenFree = uses.get().path().isEmpty() && TOKEN_FREE.contains(repo)
            || repo.startsWith("actions/setup-");
        if (!tokenFree || anyUsesToken(step.with())) {
          return true;
        }
      }
      if (step.run().isPresent() && usesToken(step.run().get()) || anyUsesToken(step.env())) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyUsesToken(Map<String, String> values) {
    for (String value : values.values()) {
      if (usesToken(value)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text uses the token: {@link #TOKEN_USE}, run only when the text holds one of its words. */
  static boolean usesToken(String text) {
    int words = TOKEN_WORDS.find(text);
    if ((words & SURE) != 0) {
      return true;
    }
    boolean pair = (words & GIT) != 0 && (words & (PUSH | TAG)) != 0 || (words & DOCKER) != 0 && (words & PUSH) != 0;
    return ((words & MAYBE) != 0 || pair) && TOKEN_USE.matcher(text).find();
  }
}
