package dev.devopskit.kit;

import dev.devopskit.kit.internal.java.ActionJava;
import dev.devopskit.kit.internal.java.ComposeJava;
import dev.devopskit.kit.internal.java.DockerfileJava;
import dev.devopskit.kit.internal.java.JavaClassWriter;
import dev.devopskit.kit.internal.java.JavaKind;
import dev.devopskit.kit.internal.java.JavaLiterals;
import dev.devopskit.kit.internal.java.RuleFileJava;
import dev.devopskit.kit.internal.java.WorkflowJava;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Java source that builds a value read from a file with devops-kit's public API: the way from fifty existing
 * workflows into the Java model without retyping them.
 *
 * <pre>{@code
 * Workflow ci = GitHubActions.read(Path.of(".github/workflows/ci.yml")).value().orElseThrow();
 * String java = ToJava.source(ci, "com.example.ci", "Ci", true);
 * }</pre>
 *
 * <p>The code uses the models' static factories where one gives exactly the value ({@code Step.uses},
 * {@code Trigger.push}, {@code Instruction.run}), builders elsewhere, {@code Expr} for the expressions it writes,
 * constants for strings used three times or more, text blocks for multi-line scripts, and helper methods so that no
 * method comes near the JVM's 64 KB limit. Compiled and run it builds a value equal to the one given.
 */
public final class ToJava {
  /** The kinds, by the name of the format that reads their files. */
  private static final Map<String, JavaKind> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("github-workflow", new WorkflowJava());
    KINDS.put("dockerfile", new DockerfileJava());
    KINDS.put("compose", new ComposeJava());
    KINDS.put("prometheus-rules", new RuleFileJava());
    KINDS.put("github-action", new ActionJava());
  }

  /** Folders a repository walk never enters. */
  private static final Set<String> SKIPPED = Set.of(".git", "node_modules", "target", "build", ".gradle", "vendor");

  /** How much of a file's start decides a format claimed by content. */
  private static final int HEAD = 4096;

  private ToJava() {}

  /** The names of the formats whose values can be written as Java: {@code github-workflow}, {@code dockerfile}... */
  public static List<String> formats() {
    return List.copyOf(KINDS.keySet());
  }

  /** Whether a value (as read by one of {@link #formats()}) can be written as Java. */
  public static boolean supports(Object value) {
    return kind(value).isPresent();
  }

  /**
   * The source of a class {@code packageName.className} whose static method ({@code workflow()}, {@code action()},
   * {@code dockerfile()}, {@code composeFile()}, {@code ruleFile()}) builds the value.
   *
   * @param packageName the package, empty for none
   * @param withMain whether the class also gets a {@code main} that prints the value in canonical form
   * @throws IllegalArgumentException when the value is of no supported kind
   */
  public static String source(Object value, String packageName, String className, boolean withMain) {
    return source(value, packageName, className, withMain, "");
  }

  /** As {@link #source(Object, String, String, boolean)}, naming the file the value was read from in the comment. */
  public static String source(Object value, String packageName, String className, boolean withMain,
      String origin) {
    if (!isName(className) || !packageName.isEmpty() && !java.util.Arrays.stream(packageName.split("\\.", -1))
        .allMatch(ToJava::isName)) {
      throw new IllegalArgumentException("'" + (isName(className) ? packageName : className)
          + "' is not a Java " + (isName(className) ? "package" : "class") + " name; use letters, digits and _");
    }
    JavaKind kind = kind(value).orElseThrow(() -> new IllegalArgumentException("a "
        + value.getClass().getSimpleName() + " cannot be written as Java; supported are the values of "
        + String.join(", ", KINDS.keySet())));
    return JavaClassWriter.source(kind, value, packageName, className, withMain, origin);
  }

  /**
   * The Java of one file, read with the installed format that claims its path.
   *
   * @param file the file to read
   * @param relativePath its path as shown and as formats judge it ({@code .github/workflows/ci.yml})
   * @throws IllegalArgumentException when no supported format claims the file, or the file has errors (the
   *     message names the file, the line and what is wrong)
   */
  public static String source(Path file, String relativePath, String packageName, String className,
      boolean withMain) {
    return source(read(file, relativePath), packageName, className, withMain, relativePath);
  }

  /** Reads a file with the supported format that claims it; the messages of its exceptions say what to do. */
  private static Object read(Path file, String relativePath) {
    Parsed<SourceFile> source = Sources.load(file, relativePath, Sources.DEFAULT_MAX_BYTES);
    String text = source.value().map(SourceFile::text).orElse("");
    Format<?> format = format(Formats.installed(), relativePath, text)
        .orElseThrow(() -> new IllegalArgumentException(relativePath + " is not a file to-java reads: give a "
            + "workflow (.github/workflows/*.yml), an action.yml, a Dockerfile, a compose file or a Prometheus rule "
            + "file"));
    Parsed<?> parsed = source.value().isPresent() ? format.read(source.value().get()) : source;
    Optional<Finding> error = parsed.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
    if (error.isPresent() || parsed.value().isEmpty()) {
      throw new IllegalArgumentException(error.map(f -> f.location() + ": " + f.message())
          .orElse(relativePath + ": cannot be read") + " (fix the file, then run to-java again)");
    }
    return parsed.value().get();
  }

  /**
   * The files under a repository root that to-java reads, as paths relative to the root with forward slashes,
   * sorted; build output, dependencies and version-control folders are skipped.
   */
  public static List<String> files(Path root) throws IOException {
    Formats formats = Formats.installed();
    List<String> found = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return !dir.equals(root) && SKIPPED.contains(name) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (format(formats, relative, head(file)).isPresent()) {
          found.add(relative);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  /** The supported format of a file, judged by its path and else by its first lines (Prometheus rule files). */
  private static Optional<Format<?>> format(Formats formats, String relativePath, String text) {
    return formats.forFile(relativePath, text.substring(0, Math.min(text.length(), HEAD)))
        .filter(f -> KINDS.containsKey(f.name()));
  }

  /** The first lines of a YAML or rules file (the others are judged by name). */
  private static String head(Path file) {
    String name = file.getFileName().toString();
    if (!name.endsWith(".yml") && !name.endsWith(".yaml") && !name.endsWith(".rules")) {
      return "";
    }
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(HEAD), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * A class name for each file, derived from its path ({@code .github/workflows/ci.yml} gives {@code CiWorkflow},
   * {@code docker/api/Dockerfile} gives {@code ApiDockerfile}) and unique among them, in the order given.
   */
  public static Map<String, String> classNames(List<String> relativePaths) {
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String path : relativePaths) {
      String base = className(path);
      String name = base;
      for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
        name = base + i;
      }
      names.put(path, name);
    }
    return names;
  }

  /** The class name for one file: its name (and folder, for a file named by its kind) in UpperCamelCase. */
  public static String className(String relativePath) {
    List<String> segments = new ArrayList<>(List.of(relativePath.replace('\\', '/').split("/")));
    segments.removeIf(String::isEmpty);
    String file = segments.isEmpty() ? "value" : segments.get(segments.size() - 1);
    String stem = file.contains(".") && !file.startsWith(".") ? file.substring(0, file.lastIndexOf('.')) : file;
    String lower = file.toLowerCase(Locale.ROOT);
    String name;
    if (relativePath.contains(".github/workflows/")) {
      name = upperCamel(stem) + "Workflow";
    } else if (lower.equals("action.yml") || lower.equals("action.yaml")) {
      name = upperCamel(segments.size() > 1 ? segments.get(segments.size() - 2) : "") + "Action";
    } else if (lower.startsWith("dockerfile") || lower.endsWith(".dockerfile")) {
      String folder = segments.size() > 1 ? segments.get(segments.size() - 2) : "";
      String variant = lower.startsWith("dockerfile.") ? file.substring("dockerfile.".length())
          : lower.endsWith(".dockerfile") ? stem : "";
      name = upperCamel(variant.isEmpty() ? folder : variant) + "Dockerfile";
    } else {
      name = upperCamel(stem);
    }
    if (name.equals("Dockerfile") || name.equals("Compose") || name.equals("Action")) {
      // the root Dockerfile, compose.yaml: not the names of the model's own types
      return "Root" + name;
    }
    return name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) || isJavaLang(name)
        ? "Generated" + name : name;
  }

  private static String upperCamel(String text) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char c : text.toCharArray()) {
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    return out.toString();
  }

  /** Whether a name is a type of {@code java.lang}, which a class of that name would hide from its own code. */
  private static boolean isJavaLang(String name) {
    try {
      Class.forName("java.lang." + name, false, null);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static boolean isName(String name) {
    return JavaLiterals.isName(name);
  }

  private static Optional<JavaKind> kind(Object value) {
    return KINDS.values().stream().filter(k -> k.valueType().isInstance(value)).findFirst();
  }
}
