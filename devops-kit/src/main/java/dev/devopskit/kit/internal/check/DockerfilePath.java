package dev.devopskit.kit.internal.check;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.check.RuleInfo;
import dev.devopskit.core.check.RuleOption;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.syntax.ShellWords;
import dev.devopskit.core.syntax.Glob;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.kit.check.CrossFileContext;
import dev.devopskit.kit.check.CrossFileRule;
import dev.devopskit.kit.check.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code consistency/dockerfile-path}: the Dockerfiles and build contexts that workflows ({@code docker build -f},
 * {@code docker/build-push-action}) and compose files ({@code build}) name exist in the repository.
 */
public final class DockerfilePath implements CrossFileRule {
  /** The rule's description. */
  public static final RuleInfo INFO = RuleInfo.builder().id("consistency/dockerfile-path").profile(Profile.RECOMMENDED)
      .defaultSeverity(Severity.ERROR)
      .summary("Workflows and compose files point at Dockerfiles and build contexts that exist")
      .addOptions(new RuleOption("generated-paths", "globs of Dockerfiles and contexts that the build creates "
          + "before it uses them, so they need not exist in the repository", "[]"))
      .build();

  private static final java.util.regex.Pattern EXPRESSION = java.util.regex.Pattern.compile("\\$\\{\\{.*?}}",
      java.util.regex.Pattern.DOTALL);
  private static final Set<String> BOOLEAN_FLAGS = Set.of("--push", "--load", "--no-cache", "--pull", "-q",
      "--quiet", "--rm", "--force-rm", "--squash", "--compress", "--disable-content-trust", "--sbom",
      "--provenance", "--check");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<String> formats() {
    return Set.of("github-workflow", "compose");
  }

  @Override
  public void check(Repository repository, CrossFileContext context) {
    List<Glob> generated = context.listOption("generated-paths").stream().map(Glob::policyPath).toList();
    Paths paths = new Paths(repository, generated);
    for (Parsed<?> file : repository.files("github-workflow")) {
      for (DeployJobs.JobSite job : DeployJobs.of(file)) {
        if (job.job().get("steps").isPresent()) {
          steps(paths, context, file, job);
        }
      }
    }
    for (Parsed<?> file : repository.files("compose")) {
      String folder = Sites.folder(repository, file);
      for (YamlMapping.Entry service : Sites.entries(file, DocPath.of("services"))) {
        compose(paths, context, file, folder, service.name());
      }
    }
  }

  /** The repository's files and folders, plus those the policy says the build creates. */
  private record Paths(Repository repository, List<Glob> generated) {
    boolean folder(String path) {
      return Sites.isFolder(repository, path) || isGenerated(path);
    }

    boolean file(String path) {
      return repository.exists(path) || isGenerated(path);
    }

    private boolean isGenerated(String path) {
      return generated.stream().anyMatch(glob -> glob.matches(path));
    }
  }

  private static void steps(Paths paths, CrossFileContext context, Parsed<?> file,
      DeployJobs.JobSite job) {
    List<YamlNode> steps = job.job().get("steps").flatMap(YamlNode::asSequence).map(s -> s.items())
        .orElse(List.of());
    for (int i = 0; i < steps.size(); i++) {
      Optional<YamlMapping> step = steps.get(i).asMapping();
      if (step.isEmpty()) {
        continue;
      }
      DocPath path = job.path().key("steps").index(i);
      Optional<String> uses = step.get().get("uses").flatMap(YamlNode::text);
      if (uses.filter(u -> u.startsWith("docker/build-push-action@")).isPresent()) {
        buildPushAction(paths, context, file, path, step.get());
      }
      Optional<String> run = step.get().get("run").flatMap(YamlNode::text);
      if (run.isPresent() && run.get().contains("docker")) {
        Optional<String> directory = step.get().get("working-directory").flatMap(YamlNode::text)
            .or(() -> Sites.text(file, job.path().key("defaults").key("run").key("working-directory")))
            .or(() -> Sites.text(file, DocPath.of("defaults", "run", "working-directory")));
        if (directory.filter(Sites::dynamic).isPresent()) {
          continue;
        }
        String base = directory.orElse("");
        for (Build build : dockerBuilds(run.get())) {
          Optional<String> dir = build.context().flatMap(c -> Sites.resolve(base, c));
          if (dir.isPresent() && !paths.folder(dir.get())) {
            context.report(file, path.key("run"), "'docker build' uses the context '" + build.context().get()
                + "', which is not a folder of the repository", "fix the path (relative to "
                + (base.isEmpty() ? "the repository root" : "'" + base + "'") + ")");
          }
          Optional<String> dockerfile = build.file().flatMap(f -> Sites.resolve(base, f));
          if (dockerfile.isPresent() && !paths.file(dockerfile.get())) {
            context.report(file, path.key("run"), "'docker build -f " + build.file().get() + "' names a "
                + "Dockerfile that does not exist", "fix the path (relative to "
                + (base.isEmpty() ? "the repository root" : "'" + base + "'") + ")");
          }
        }
      }
    }
  }

  private static void buildPushAction(Paths paths, CrossFileContext context, Parsed<?> file,
      DocPath path, YamlMapping step) {
    Optional<YamlMapping> with = step.get("with").flatMap(YamlNode::asMapping);
    Optional<String> contextDir = with.flatMap(w -> w.get("context")).flatMap(YamlNode::text)
        .filter(c -> !Sites.dynamic(c) && !c.contains("://") && !c.startsWith("git@"));
    if (contextDir.isPresent()) {
      Optional<String> dir = Sites.resolve("", contextDir.get());
      if (dir.isPresent() && !paths.folder(dir.get())) {
        context.report(file, path.key("with").key("context"), "build context '" + contextDir.get()
            + "' is not a folder of the repository", "fix 'context' (relative to the repository root)");
      }
    }
    Optional<String> dockerfile = with.flatMap(w -> w.get("file")).flatMap(YamlNode::text)
        .filter(f -> !Sites.dynamic(f));
    if (dockerfile.isPresent()) {
      // The action resolves 'file' against the workspace, not against the context.
      Optional<String> resolved = Sites.resolve("", dockerfile.get());
      if (resolved.isPresent() && !paths.file(resolved.get())) {
        context.report(file, path.key("with").key("file"), "Dockerfile '" + dockerfile.get()
            + "' does not exist", "fix 'file' (relative to the repository root)");
      }
    }
  }

  private static void compose(Paths paths, CrossFileContext context, Parsed<?> file, String folder,
      String service) {
    DocPath build = DocPath.of("services", service, "build");
    Optional<YamlNode> node = Sites.node(file, build);
    if (node.isEmpty()) {
      return;
    }
    boolean shortForm = node.get().asScalar().isPresent();
    DocPath contextPath = shortForm ? build : build.key("context");
    String contextDir = (shortForm ? node.get().text() : Sites.text(file, contextPath)).orElse(".");
    if (Sites.dynamic(contextDir) || contextDir.contains("://") || contextDir.startsWith("git@")
        || contextDir.contains(".git#")) {
      return;
    }
    Optional<String> dir = Sites.resolve(folder, contextDir);
    if (dir.isEmpty()) {
      return;
    }
    if (!paths.folder(dir.get())) {
      context.report(file, contextPath, "build context '" + contextDir + "' of service '" + service
          + "' is not a folder of the repository", "fix the path (relative to the compose file)");
      return;
    }
    if (shortForm || Sites.node(file, build.key("dockerfile_inline")).isPresent()) {
      return;
    }
    Optional<String> dockerfile = Sites.text(file, build.key("dockerfile")).filter(d -> !Sites.dynamic(d));
    if (dockerfile.isPresent()) {
      Optional<String> resolved = Sites.resolve(dir.get(), dockerfile.get());
      if (resolved.isPresent() && !paths.file(resolved.get())) {
        context.report(file, build.key("dockerfile"), "Dockerfile '" + dockerfile.get() + "' of service '"
            + service + "' is not in its build context '" + contextDir + "'",
            "fix 'dockerfile' (it is relative to the build context)");
      }
    }
  }

  /** A {@code docker build} command's Dockerfile and context. */
  record Build(Optional<String> file, Optional<String> context) {}

  /** The {@code docker build} commands of a script. */
  static List<Build> dockerBuilds(String script) {
    List<Build> out = new ArrayList<>();
    String joined = EXPRESSION.matcher(script.replace("\\\r\n", " ").replace("\\\n", " ")).replaceAll("\\$EXPR");
    if (!joined.contains("build") && !quoted(joined)) {
      return out; // every build command holds the word build, which only quotes and escapes can cut in the text
    }
    for (String line : commands(joined)) {
      // A command without the word docker starts no build; only quotes and escapes can cut the word in the text.
      if (!line.contains("docker") && !quoted(line)) {
        continue;
      }
      List<String> words = ShellWords.words(line);
      int start = buildIndex(words);
      if (start < 0) {
        continue;
      }
      Optional<String> file = Optional.empty();
      Optional<String> contextDir = Optional.empty();
      for (int i = start; i < words.size(); i++) {
        String word = words.get(i);
        if (word.startsWith(">") || word.startsWith("<") || word.equals("#")) {
          break;
        }
        if (word.equals("-")) {
          // the context comes from standard input
          contextDir = contextDir.or(() -> Optional.of(word));
        } else if (word.equals("-f") || word.equals("--file")) {
          file = i + 1 < words.size() ? Optional.of(words.get(++i)) : Optional.empty();
        } else if (word.startsWith("--file=")) {
          file = Optional.of(word.substring(7));
        } else if (word.startsWith("-f") && word.length() > 2 && !word.startsWith("--")) {
          file = Optional.of(word.substring(2));
        } else if (word.startsWith("-")) {
          if (!word.contains("=") && !BOOLEAN_FLAGS.contains(word)) {
            i++;
          }
        } else if (contextDir.isEmpty()) {
          contextDir = Optional.of(word);
        }
      }
      Optional<String> checkedFile = file.filter(f -> !Sites.dynamic(f) && !f.equals("-") && !f.isEmpty());
      Optional<String> checkedContext = contextDir.filter(c -> !Sites.dynamic(c) && !c.equals("-")
          && !c.contains("://") && !c.startsWith("git@") && !c.contains("`") && !c.contains("*"));
      out.add(new Build(checkedFile, checkedContext));
    }
    return out;
  }

  /**
   * The commands of a script, cut at line ends, {@code &&}, {@code ||}, {@code ;} and pipes: what
   * {@code split("\n|&&|\\|\\||;|\\|")} gives, but for the empty commands at the end, which it leaves out.
   */
  static List<String> commands(String script) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int length = script.length();
    while (i < length) {
      char c = script.charAt(i);
      char next = i + 1 < length ? script.charAt(i + 1) : 0;
      int width = 0;
      if (c == '&' && next == '&' || c == '|' && next == '|') {
        width = 2;
      } else if (c == '\n' || c == ';' || c == '|') {
        width = 1;
      }
      if (width == 0) {
        i++;
        continue;
      }
      out.add(script.substring(start, i));
      i += width;
      start = i;
    }
    out.add(script.substring(start));
    return out;
  }

  /** Whether quotes or backslashes may join letters the text shows apart ({@code do\\cker}, {@code "bu"ild}). */
  private static boolean quoted(String text) {
    return text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 || text.indexOf('\\') >= 0;
  }

  private static int buildIndex(List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!words.get(i).equals("docker")) {
        continue;
      }
      String next = words.get(i + 1);
      if (next.equals("build")) {
        return i + 2;
      }
      if ((next.equals("buildx") || next.equals("image")) && i + 2 < words.size()
          && words.get(i + 2).equals("build")) {
        return i + 3;
      }
      return -1;
    }
    return -1;
  }
}
