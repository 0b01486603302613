package dev.devopskit.kit.internal.check;

import dev.devopskit.core.check.Confidence;
import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.flag.EnvFlags;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.secret.SecretRef;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.kit.check.CrossFileContext;
import dev.devopskit.kit.check.CrossFileRule;
import dev.devopskit.kit.check.Repository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code consistency/secret-declared}: the secrets a deploy job reads are declared for its environment, and the
 * variables a compose service reads are listed in the {@code .env.example} beside the compose file (or set in the
 * {@code .env} that compose reads itself).
 *
 * <p>Secrets that only CI uses (a registry or npm token in a job without an environment) live in GitHub's settings:
 * they are not the application's runtime variables, so neither {@code .env.example} nor the environments are asked
 * to list them. Workflows are judged only when the repository declares environments with secrets; compose files
 * only when an {@code .env.example} (or environment secrets) is there to agree with.
 */
public final class SecretDeclared implements CrossFileRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("consistency/secret-declared")
      .profile(Profile.TRUNK).confidence(Confidence.MEDIUM)
      .defaultSeverity(Severity.WARNING)
      .summary("Every secret a workflow or compose file uses is declared for its environment or in .env.example")
      .addOptions(new RuleOption("allowed-secrets", "secrets and variables that need no declaration (set for the "
              + "whole organisation, for example)", "[]"),
          new RuleOption("env-example", "the file name of the example environment file", ".env.example"))
      .build();

  private static final Pattern WORKFLOW_SECRET = Pattern.compile("\\bsecrets\\.([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern WORKFLOW_SECRET_INDEX = Pattern.compile("\\bsecrets\\[\\s*'([A-Za-z_][A-Za-z0-9_]*)'");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}");
  private static final Set<String> BUILT_IN = Set.of("GITHUB_TOKEN", "ACTIONS_STEP_DEBUG", "ACTIONS_RUNNER_DEBUG");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<String> formats() {
    return Set.of("github-workflow", "compose", "environments", "devops-descriptor");
  }

  @Override
  public void check(Repository repository, CrossFileContext context) {
    Set<String> allowedByPolicy = new TreeSet<>(context.listOption("allowed-secrets"));
    String configured = context.stringOption("env-example").trim();
    String exampleName = configured.isEmpty() || configured.contains("/") ? ".env.example" : configured;
    Map<String, Set<String>> byEnvironment = new HashMap<>();
    Set<String> anyEnvironment = new TreeSet<>();
    for (Declared.Site site : Declared.environments(repository)) {
      Set<String> secrets = byEnvironment.computeIfAbsent(site.environment().name(), k -> new TreeSet<>());
      site.environment().secrets().stream().map(SecretRef::name).forEach(secrets::add);
      anyEnvironment.addAll(secrets);
    }
    Map<String, Optional<Set<String>>> examples = new HashMap<>();
    for (Parsed<?> file : repository.files("github-workflow")) {
      if (anyEnvironment.isEmpty()) {
        break;
      }
      Optional<Set<String>> example = example(repository, "", exampleName, examples);
      Set<String> inputs = workflowCallSecrets(file);
      for (DeployJobs.JobSite job : DeployJobs.of(file)) {
        if (job.environment().isEmpty()) {
          continue;
        }
        Set<String> allowed = new TreeSet<>(inputs);
        allowed.addAll(BUILT_IN);
        allowed.addAll(allowedByPolicy);
        example.ifPresent(allowed::addAll);
        boolean knownEnvironment = job.environment().filter(byEnvironment::containsKey).isPresent();
        if (knownEnvironment) {
          allowed.addAll(byEnvironment.get(job.environment().get()));
        } else {
          allowed.addAll(anyEnvironment);
        }
        Set<String> reported = new TreeSet<>();
        for (StringSite site : Sites.strings(file)) {
          if (!site.path().startsWith(job.path())) {
            continue;
          }
          for (String name : workflowSecrets(site.value())) {
            if (allowed.contains(name) || !reported.add(name)) {
              continue;
            }
            String where = knownEnvironment ? "environment '" + job.environment().get() + "'" : "any environment";
            context.report(file, site.path(), "deploy job '" + job.id() + "' uses secret '" + name + "', which is "
                + "not declared for " + where, "add '" + name + "' to the secrets of " + where + " in "
                + "environments.yml");
          }
        }
      }
    }
    for (Parsed<?> file : repository.files("compose")) {
      String folder = Sites.folder(repository, file);
      Optional<Set<String>> example = example(repository, folder, exampleName, examples);
      if (anyEnvironment.isEmpty() && example.isEmpty()) {
        continue;
      }
      Set<String> allowed = new TreeSet<>(anyEnvironment);
      allowed.addAll(allowedByPolicy);
      example.ifPresent(allowed::addAll);
      // Compose reads the .env beside the compose file by itself: what it sets is set.
      example(repository, folder, ".env", examples).ifPresent(allowed::addAll);
      for (YamlMapping.Entry service : Sites.entries(file, DocPath.of("services"))) {
        DocPath environment = DocPath.of("services", service.name(), "environment");
        for (StringSite site : environmentStrings(file, environment)) {
          Matcher matcher = COMPOSE_VARIABLE.matcher(site.value());
          while (matcher.find()) {
            String name = matcher.group(1);
            String modifier = matcher.group(2);
            boolean hasDefault = modifier.startsWith(":-") || modifier.startsWith("-");
            if (hasDefault || allowed.contains(name) || name.startsWith(EnvFlags.PREFIX)) {
              continue;
            }
            context.report(file, site.path(), "service '" + service.name() + "' reads '${" + name + "}', which "
                + "is not listed in " + (folder.isEmpty() ? "" : folder + "/") + exampleName
                + " nor declared for any environment",
                "add '" + name + "=' to " + exampleName + " beside the compose file, or give it a default: ${"
                    + name + ":-value}");
          }
        }
      }
    }
  }

  private static List<StringSite> environmentStrings(Parsed<?> file, DocPath environment) {
    Optional<YamlNode> node = Sites.node(file, environment);
    if (node.isEmpty()) {
      return List.of();
    }
    return Sites.strings(file).stream().filter(s -> s.path().startsWith(environment)).toList();
  }

  private static Set<String> workflowSecrets(String text) {
    Set<String> names = new TreeSet<>();
    if (!text.contains("secrets")) {
      return names;
    }
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      for (Pattern pattern : List.of(WORKFLOW_SECRET, WORKFLOW_SECRET_INDEX)) {
        Matcher matcher = pattern.matcher(expression.group(1));
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    }
    return names;
  }

  private static Set<String> workflowCallSecrets(Parsed<?> file) {
    Set<String> names = new TreeSet<>();
    for (String on : List.of("on", "true")) {
      Sites.entries(file, DocPath.of(on, "workflow_call", "secrets")).forEach(e -> names.add(e.name()));
    }
    return names;
  }

  private static Optional<Set<String>> example(Repository repository, String folder, String name,
      Map<String, Optional<Set<String>>> cache) {
    String path = folder.isEmpty() ? name : folder + "/" + name;
    return cache.computeIfAbsent(path, p -> Sites.read(repository, p)
        .<Set<String>>map(text -> new TreeSet<>(EnvFlags.parseDotEnv(text).keySet())));
  }
}
