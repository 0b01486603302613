package dev.devopskit.core.policy;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.syntax.Glob;
import dev.devopskit.core.value.ValueText;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks files and folders with every registered format: finds the files a format claims, reads them, runs the
 * format's rules under the policy, and merges the results.
 *
 * <pre>{@code
 * CheckResult result = PathCheck.of(Formats.installed(), policy).check(List.of(Path.of(".")));
 * }</pre>
 */
public final class PathCheck {
  /** Folders that hold dependencies or build output, never checked. */
  public static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "target", "build", "dist", ".gradle",
      ".idea", "vendor", ".venv", "venv", "__pycache__", ".next", "coverage", ".terraform", ".mvn", ".cache",
      ".pnpm-store", ".yarn");

  private final Formats formats;
  private final Policy policy;
  private final long maxBytes;
  private final Path workingDirectory;
  private final Optional<Format<?>> kind;

  private PathCheck(Formats formats, Policy policy, long maxBytes, Path workingDirectory, Optional<Format<?>> kind) {
    this.formats = formats;
    this.policy = policy;
    this.maxBytes = maxBytes;
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.kind = kind;
  }

  /** A check with these formats and this policy, file paths shown relative to the current directory. */
  public static PathCheck of(Formats formats, Policy policy) {
    return new PathCheck(formats, policy, Sources.DEFAULT_MAX_BYTES, Path.of(""), Optional.empty());
  }

  /** The same check with another size limit per file. */
  public PathCheck withMaxBytes(long bytes) {
    return new PathCheck(formats, policy, bytes, workingDirectory, kind);
  }

  /** The same check showing paths relative to another folder. */
  public PathCheck relativeTo(Path folder) {
    return new PathCheck(formats, policy, maxBytes, folder, kind);
  }

  /**
   * The same check reading every file named directly (not found by walking a folder) as this format, whatever its
   * path or content says: {@code devops check --kind github-workflow ci/build.yml}.
   */
  public PathCheck withKind(Format<?> format) {
    return new PathCheck(formats, policy, maxBytes, workingDirectory, Optional.of(format));
  }

  /**
   * The format that reads a file named directly, as {@link #discover} chooses it: the {@linkplain #withKind kind}
   * when one is set, else the format that claims the path, else the one whose content hook
   * {@linkplain Format#recognizes recognizes} the file's first lines (a workflow, an action, a compose file outside
   * their usual paths), else the plain-text fallback's claim. Empty when no format reads the file.
   */
  public Optional<Format<?>> formatOfNamedFile(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return formatOf(absolute, repositoryRoot(absolute.getParent()), absolute.getParent(), true);
  }

  /**
   * Whether the policy's {@code exclude} globs skip a file named directly, so that {@link #discover} leaves it out
   * (the globs match its path as shown, from its repository's root, or from its folder).
   */
  public boolean excludedNamedFile(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    return excluded(display(absolute)) || excluded(slashes(repositoryRoot(folder).relativize(absolute)))
        || excluded(slashes(folder.relativize(absolute)));
  }

  /**
   * One file to check: where it is, how it is shown, its path inside the repository (what its folders say about it,
   * {@link SourceFile#role()}), and which format reads it.
   */
  public record Target(Path file, String displayPath, String repositoryPath, Format<?> format) {
    /** A target whose path inside the repository is its display path. */
    public Target(Path file, String displayPath, Format<?> format) {
      this(file, displayPath, displayPath, format);
    }

    /** Reads the file (at most {@code maxBytes}), knowing its path inside the repository. */
    public Parsed<SourceFile> load(long maxBytes) {
      return Sources.load(file, displayPath, maxBytes).map(source -> source.withRepositoryPath(repositoryPath));
    }

    // equals and hashCode written out: the generated ones are linked through method handles at their first call,
    // which costs a short run more than all the calls after it.
    @Override
    public boolean equals(Object other) {
      return other instanceof Target that && file.equals(that.file) && displayPath.equals(that.displayPath)
          && format.equals(that.format);
    }

    @Override
    public int hashCode() {
      return (file.hashCode() * 31 + displayPath.hashCode()) * 31 + format.hashCode();
    }

    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  /** Finds the files under these paths that a format claims (a named file is always taken if claimed). */
  public List<Target> discover(List<Path> paths) throws IOException {
    // The walk only lists the files; which format claims each (names, and the first bytes of unclaimed files) is
    // asked in parallel, then the targets are sorted as before.
    List<Path[]> found = new ArrayList<>();
    for (Path given : paths) {
      Path absolute = given.toAbsolutePath().normalize();
      if (Files.isDirectory(absolute)) {
        Path root = repositoryRoot(absolute);
        Files.walkFileTree(absolute, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(absolute) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              found.add(new Path[] {file, root, absolute});
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            return FileVisitResult.CONTINUE;
          }
        });
      } else if (Files.isRegularFile(absolute)) {
        Path root = repositoryRoot(absolute.getParent());
        found.add(new Path[] {absolute, root, absolute.getParent(), absolute});
      } else {
        throw new IOException("no such file or folder: " + given);
      }
    }
    List<Target> targets = found.parallelStream().map(f -> target(f[0], f[1], f[2], f.length > 3))
        .flatMap(Optional::stream)
        .collect(Collectors.toList());
    return targets.stream().distinct().sorted((a, b) -> a.displayPath().compareTo(b.displayPath()))
        .collect(Collectors.toList());
  }

  /** The target of a file found by the walk or named directly ({@code named}: a fourth element marks it). */
  private Optional<Target> target(Path file, Path root, Path walked, boolean named) {
    String display = display(file);
    String fromRoot = slashes(root.relativize(file));
    String fromWalked = slashes(walked.relativize(file));
    // Policy globs are written relative to the repository (or the checked folder), wherever the check runs from.
    if (excluded(display) || excluded(fromRoot) || excluded(fromWalked)) {
      return Optional.empty();
    }
    return formatOf(file, root, walked, named).map(f -> new Target(file, display, fromRoot, f));
  }

  private Optional<Format<?>> formatOf(Path file, Path root, Path walked, boolean named) {
    if (named && kind.isPresent()) {
      return kind;
    }
    String fromRoot = slashes(root.relativize(file));
    String fromWalked = slashes(walked.relativize(file));
    // Outside a git checkout the root is the folder given, so .github/workflows/x.yml shows as x.yml: the absolute
    // path still names the folders a format claims by. The most specific (highest priority) claim wins.
    String absolute = slashes(file.toAbsolutePath().normalize());
    Optional<Format<?>> format = Optional.empty();
    for (String path : List.of(fromRoot, fromWalked, absolute)) {
      Optional<Format<?>> claim = formats.forPath(path);
      if (claim.isPresent() && (format.isEmpty() || claim.get().priority() > format.get().priority())) {
        format = claim;
      }
    }
    if (format.isEmpty() || format.get().priority() < 0) {
      // A format that recognises the content wins over the plain-text fallback's claim by name.
      Optional<Format<?>> byPath = format;
      // a named file is one: its first 64 KiB, where a workflow's jobs: may come after a long on:
      String head = head(file, named ? 65536 : 2048);
      format = (named ? formats.forNamedFile(fromRoot, head) : formats.forFile(fromRoot, head)).or(() -> byPath);
    }
    return format;
  }

  private static String head(Path file, int size) {
    try (var in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(size);
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private boolean excluded(String display) {
    for (String glob : policy.exclude()) {
      if (Glob.policyPath(glob).matches(display) || display.startsWith(glob.replace("/**", "/"))) {
        return true;
      }
    }
    return false;
  }

  private String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.startsWith(workingDirectory)) {
      return slashes(workingDirectory.relativize(absolute));
    }
    return slashes(absolute);
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  private static Path repositoryRoot(Path start) {
    Path current = start;
    while (current != null) {
      if (Files.exists(current.resolve(".git"))) {
        return current;
      }
      current = current.getParent();
    }
    return start;
  }

  /** Discovers and checks every claimed file under the paths; the result includes unused policy suppressions. */
  public CheckResult check(List<Path> paths) throws IOException {
    return checkTargets(discover(paths));
  }

  /** Checks the given targets, in parallel. */
  public CheckResult checkTargets(List<Target> targets) {
    List<CheckResult> results = targets.parallelStream().map(this::checkOne).collect(Collectors.toList());
    CheckResult merged = CheckResult.merge(results);
    List<Finding> unused = Engine.unusedPolicySuppressions(policy, merged.usedPolicySuppressions());
    return merged.withFindings(concat(merged.findingList(), unused))
        .withRules(withCore(merged));
  }

  /** Findings for the policy's suppressions and baseline entries that no finding of a whole run used. */
  public List<Finding> unusedSuppressions(CheckResult wholeRun) {
    return Engine.unusedPolicySuppressions(policy, wholeRun.usedPolicySuppressions());
  }

  private static java.util.Map<String, dev.devopskit.core.check.RuleInfo> withCore(CheckResult merged) {
    java.util.Map<String, dev.devopskit.core.check.RuleInfo> rules = new java.util.LinkedHashMap<>(merged.rules());
    CoreRules.all().forEach(r -> rules.putIfAbsent(r.id(), r));
    return rules;
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    List<Finding> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Reads and checks one file with its format. */
  public CheckResult checkOne(Target target) {
    Parsed<SourceFile> loaded = target.load(maxBytes);
    if (loaded.value().isEmpty()) {
      return Engine.checkParsed(policy, Parsed.<Object>failed(loaded.source(), loaded.findings()), List.of(),
          List.of(), true).withFilesChecked(1);
    }
    return checkSource(loaded.value().get(), target.format(), loaded.findings());
  }

  /** Reads and checks text with a format (for callers that already hold the text). */
  public <T> CheckResult checkSource(SourceFile source, Format<T> format, List<Finding> loadFindings) {
    Parsed<T> parsed;
    try {
      parsed = format.read(source);
    } catch (RuntimeException | StackOverflowError e) {
      Finding failure = Finding.builder().ruleId(CoreRules.RULE_FAILURE.id()).severity(Severity.ERROR)
          .message("the " + format.name() + " reader failed on this file (" + e.getClass().getSimpleName() + ")")
          .fix("report this as a devops-kit bug with the file that triggers it")
          .location(new Location(source.path(), Optional.empty(), DocPath.root())).build();
      parsed = Parsed.failed(source, List.of(failure));
    }
    return Engine.checkParsed(policy, parsed.withFindings(loadFindings), format.rules(), format.readerRules(), true);
  }
}
