package dev.devopskit.kit.check;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Checks a whole checkout: every file any registered format claims, with that format's rules, plus the
 * cross-file rules. Files are read and checked in parallel; only the values the cross-file rules need are kept, so
 * memory stays bounded by those files, not by the size of the repository.
 *
 * <pre>{@code
 * CheckResult result = RepositoryCheck.of(Formats.installed(), Policy.defaults()).check(Path.of("."));
 * }</pre>
 */
public final class RepositoryCheck {
  private final Formats formats;
  private final Policy policy;
  private final List<CrossFileRule> crossFileRules;
  private final long maxBytes;
  private final Consumer<Integer> progress;
  private final java.util.Optional<Path> shownFrom;
  private final java.util.Optional<Format<?>> kind;

  private RepositoryCheck(Formats formats, Policy policy, List<CrossFileRule> rules, long maxBytes,
      Consumer<Integer> progress, java.util.Optional<Path> shownFrom, java.util.Optional<Format<?>> kind) {
    this.formats = formats;
    this.policy = policy;
    this.crossFileRules = List.copyOf(rules);
    this.maxBytes = maxBytes;
    this.progress = progress;
    this.shownFrom = shownFrom;
    this.kind = kind;
  }

  /** A check with these formats, this policy and the built-in cross-file rules. */
  public static RepositoryCheck of(Formats formats, Policy policy) {
    return new RepositoryCheck(formats, policy, CrossFileRules.all(), Sources.DEFAULT_MAX_BYTES, n -> { },
        java.util.Optional.empty(), java.util.Optional.empty());
  }

  /** The same check with other cross-file rules. */
  public RepositoryCheck withCrossFileRules(List<CrossFileRule> rules) {
    return new RepositoryCheck(formats, policy, rules, maxBytes, progress, shownFrom, kind);
  }

  /** The same check with another size limit per file. */
  public RepositoryCheck withMaxBytes(long bytes) {
    return new RepositoryCheck(formats, policy, crossFileRules, bytes, progress, shownFrom, kind);
  }

  /** The same check calling {@code listener} with the number of files done, every 100 files. */
  public RepositoryCheck withProgress(Consumer<Integer> listener) {
    return new RepositoryCheck(formats, policy, crossFileRules, maxBytes, listener, shownFrom, kind);
  }

  /**
   * The same check showing file paths relative to {@code folder} (usually the checkout's root) instead of the
   * working directory, as {@code devops check} shows them when it runs there.
   */
  public RepositoryCheck relativeTo(Path folder) {
    return new RepositoryCheck(formats, policy, crossFileRules, maxBytes, progress, java.util.Optional.of(folder), kind);
  }

  /**
   * The same check reading every file named directly (not found by walking a folder) as this format:
   * {@code devops check --kind github-workflow ci/build.yml}. See {@link PathCheck#withKind}.
   */
  public RepositoryCheck withKind(Format<?> format) {
    return new RepositoryCheck(formats, policy, crossFileRules, maxBytes, progress, shownFrom,
        java.util.Optional.of(format));
  }

  /**
   * The repository a path belongs to: the nearest folder at or above it that holds {@code .git} or {@code .github},
   * or the folder itself (the working directory for a file) when there is none. Cross-file rules resolve the paths
   * that workflows and compose files name from there, wherever the check was started.
   */
  public static Path repositoryRoot(Path target) {
    Path start = java.nio.file.Files.isDirectory(target) ? target : target.toAbsolutePath().getParent();
    if (start == null) {
      return Path.of(".");
    }
    for (Path current = start.toAbsolutePath().normalize(); current != null; current = current.getParent()) {
      if (java.nio.file.Files.exists(current.resolve(".git"))
          || java.nio.file.Files.isDirectory(current.resolve(".github"))) {
        return current;
      }
    }
    return java.nio.file.Files.isDirectory(target) ? target : Path.of(".");
  }

  /** Every rule this check can report, for listings and reports. */
  public List<RuleInfo> rules() {
    Map<String, RuleInfo> rules = new TreeMap<>();
    formats.rules().forEach(r -> rules.put(r.id(), r));
    crossFileRules.forEach(r -> rules.put(r.info().id(), r.info()));
    return List.copyOf(rules.values());
  }

  /** Checks a checkout. */
  public CheckResult check(Path root) throws IOException {
    return check(root, List.of(root));
  }

  /**
   * Checks the given files and folders of a checkout; cross-file rules run over what was read.
   *
   * @param root the checkout's root, against which cross-file rules resolve paths
   */
  public CheckResult check(Path root, List<Path> paths) throws IOException {
    PathCheck sized = PathCheck.of(formats, policy).withMaxBytes(maxBytes);
    PathCheck unshown = kind.isPresent() ? sized.withKind(kind.get()) : sized;
    PathCheck pathCheck = shownFrom.isPresent() ? unshown.relativeTo(shownFrom.get()) : unshown;
    List<PathCheck.Target> targets = pathCheck.discover(paths);
    Set<String> kept = crossFileRules.stream().filter(r -> policy.enabled(r.info()))
        .flatMap(r -> r.formats().stream()).collect(Collectors.toSet());
    Map<String, List<Parsed<?>>> byFormat = new ConcurrentHashMap<>();
    Map<Parsed<?>, Format<?>> formatOf = new ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    List<CheckResult> results = targets.parallelStream().map(target -> {
      int count = done.incrementAndGet();
      if (count % 100 == 0) {
        progress.accept(count);
      }
      if (!kept.contains(target.format().name())) {
        return pathCheck.checkOne(target);
      }
      Parsed<?> parsed = read(target);
      byFormat.computeIfAbsent(target.format().name(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
          .add(parsed);
      formatOf.put(parsed, target.format());
      return null;
    }).filter(java.util.Objects::nonNull).collect(Collectors.toList());
    byFormat.values().forEach(list -> list.sort((a, b) -> a.source().path().compareTo(b.source().path())));

    Repository repository = new Repository(root.toAbsolutePath().normalize(), new TreeMap<>(byFormat));
    Map<String, List<Finding>> crossFindings = new LinkedHashMap<>();
    List<Finding> withoutFile = new ArrayList<>();
    List<RuleInfo> crossInfos = new ArrayList<>();
    Set<String> readFiles = new HashSet<>();
    formatOf.keySet().forEach(p -> readFiles.add(p.source().path()));
    for (CrossFileRule rule : crossFileRules) {
      crossInfos.add(rule.info());
      if (!policy.enabled(rule.info())) {
        continue;
      }
      CrossFileContext context = new CrossFileContext(rule.info(), policy.severityOf(rule.info()),
          policy.optionsOf(rule.info().id()), policy.clock());
      try {
        rule.check(repository, context);
      } catch (RuntimeException | StackOverflowError e) {
        context.report("", "rule " + rule.info().id() + " failed (" + e.getClass().getSimpleName()
            + "); its findings may be incomplete", "report this as a devops-kit bug");
      }
      withoutFile.addAll(optionProblems(rule.info(), context));
      for (Finding finding : context.findings()) {
        if (readFiles.contains(finding.location().file())) {
          crossFindings.computeIfAbsent(finding.location().file(), k -> new ArrayList<>()).add(finding);
        } else {
          withoutFile.add(finding);
        }
      }
    }
    // The files kept for the cross-file rules are checked in parallel too, in path order so the merge is stable.
    List<Map.Entry<Parsed<?>, Format<?>>> keptFiles = new ArrayList<>(formatOf.entrySet());
    keptFiles.sort((a, b) -> a.getKey().source().path().compareTo(b.getKey().source().path()));
    results.addAll(keptFiles.parallelStream().map(entry -> checkWith(entry.getKey(), entry.getValue(),
        crossFindings.getOrDefault(entry.getKey().source().path(), List.of()))).collect(Collectors.toList()));
    results.add(policy.apply(withoutFile, Optional.empty(), crossInfos));
    CheckResult merged = CheckResult.merge(results);
    Map<String, RuleInfo> infos = new LinkedHashMap<>(merged.rules());
    crossInfos.forEach(r -> infos.put(r.id(), r));
    CoreRules.all().forEach(r -> infos.putIfAbsent(r.id(), r));
    CheckResult all = merged.withRules(infos);
    // Findings about the policy's own suppressions, as PathCheck reports them for a plain run (the findings are
    // sorted again only when there are such findings).
    List<Finding> unused = pathCheck.unusedSuppressions(all);
    return unused.isEmpty() ? all : all.withFindings(concat(all.findingList(), unused));
  }

  /** The policy's bad option values for a rule, as findings about the policy (as for single-file rules). */
  private List<Finding> optionProblems(RuleInfo rule, CrossFileContext context) {
    return context.optionProblems().stream().distinct()
        .map(problem -> Finding.of(CoreRules.POLICY.id(), Severity.ERROR, problem + "; the default is used",
            new Location(policy.origin().orElse(""), Optional.empty(), DocPath.of("rules", rule.id()))))
        .collect(Collectors.toList());
  }

  @SuppressWarnings("unchecked")
  private <T> CheckResult checkWith(Parsed<?> parsed, Format<?> format, List<Finding> extra) {
    return policy.check((Parsed<T>) parsed, (Format<T>) format, extra);
  }

  private Parsed<?> read(PathCheck.Target target) {
    Parsed<SourceFile> loaded = target.load(maxBytes);
    if (loaded.value().isEmpty()) {
      return Parsed.failed(loaded.source(), loaded.findings());
    }
    try {
      return target.format().read(loaded.value().get()).withFindings(loaded.findings());
    } catch (RuntimeException | StackOverflowError e) {
      return Parsed.failed(loaded.value().get(), List.of(Finding.builder().ruleId(CoreRules.RULE_FAILURE.id())
          .severity(Severity.ERROR)
          .message("the " + target.format().name() + " reader failed on this file (" + e.getClass().getSimpleName()
              + ")")
          .location(new Location(target.displayPath(), Optional.empty(), DocPath.root())).build()));
    }
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    List<Finding> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
