package dev.devopskit.core.flag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds flag keys in source code with regular expressions, each with a named group {@code key}. The defaults know
 * OpenFeature clients ({@code getBooleanValue("key", ...)}, React's {@code useBooleanFlagValue('key', ...)}),
 * common Java and TypeScript/JavaScript calls ({@code isEnabled("key")}, {@code useFlag('key')}) and the
 * {@code FEATURE_<KEY>} variables. Patterns are bounded (no nested repetition) and lines longer than 2,000
 * characters are cut, so a scan is linear in the size of the code.
 */
public final class FlagCodeScan {
  /** The default patterns. */
  public static final List<String> DEFAULT_PATTERNS = List.of(
      "\\bget(?:Boolean|String|Integer|Double|Number|Object)(?:Value|Details)\\(\\s{0,20}[\"'`]"
          + "(?<key>[A-Za-z0-9._-]{1,100})[\"'`]",
      "\\buse(?:Boolean|String|Number|Object)Flag(?:Value|Details)\\(\\s{0,20}[\"'`](?<key>[A-Za-z0-9._-]{1,100})"
          + "[\"'`]",
      "\\b(?:isEnabled|isFeatureEnabled|featureEnabled|useFlag|useFeatureFlag|useFeature|flagValue|variant|evaluate)"
          + "\\(\\s{0,20}(?:[A-Za-z_][A-Za-z0-9_.]{0,60},\\s{0,20})?[\"'`](?<key>[A-Za-z0-9._-]{1,100})[\"'`]",
      "\\b(?<env>FEATURE_[A-Z0-9_]{1,100})\\b");
  /** The default file extensions scanned. */
  public static final List<String> DEFAULT_EXTENSIONS = List.of("java", "kt", "kts", "groovy", "scala", "ts", "tsx",
      "js", "jsx", "mjs", "cjs", "vue", "svelte");
  private static final Set<String> SKIPPED = Set.of(".git", "node_modules", "target", "build", "dist", ".gradle",
      ".idea", "vendor", ".venv", "venv", "__pycache__", ".next", "coverage", ".mvn", ".cache", ".yarn");
  private static final int MAX_LINE = 2_000;
  private static final long MAX_FILE_BYTES = 1_000_000;
  private static final int MAX_FILES = 50_000;

  private final List<Pattern> patterns;
  private final Set<String> extensions;

  private FlagCodeScan(List<Pattern> patterns, Set<String> extensions) {
    this.patterns = patterns;
    this.extensions = extensions;
  }

  /** A scan with the default patterns and extensions. */
  public static FlagCodeScan defaults() {
    return of(DEFAULT_PATTERNS, DEFAULT_EXTENSIONS);
  }

  /**
   * A scan with these patterns (each with a named group {@code key}, or {@code env} for a {@code FEATURE_}
   * variable name) over files with these extensions.
   *
   * @throws IllegalArgumentException when a pattern does not compile or has neither group
   */
  public static FlagCodeScan of(List<String> patterns, List<String> extensions) {
    List<Pattern> compiled = new ArrayList<>();
    for (String pattern : patterns) {
      if (!pattern.contains("(?<key>") && !pattern.contains("(?<env>")) {
        throw new IllegalArgumentException("flag pattern '" + pattern + "' needs a named group (?<key>...)");
      }
      try {
        compiled.add(Pattern.compile(pattern));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("flag pattern '" + pattern + "' is not a regular expression: "
            + e.getDescription());
      }
    }
    return new FlagCodeScan(compiled, Set.copyOf(extensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList()));
  }

  /** The references in one file's text. */
  public List<FlagReference> scan(String file, String text) {
    List<FlagReference> out = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].length() > MAX_LINE ? lines[i].substring(0, MAX_LINE) : lines[i];
      for (Pattern pattern : patterns) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
          boolean env = pattern.pattern().contains("(?<env>");
          String key = env ? EnvFlags.keyOf(m.group("env")) : m.group("key");
          int start = env ? m.start("env") : m.start("key");
          out.add(new FlagReference(key, file, i + 1, start + 1));
        }
      }
    }
    out.sort(java.util.Comparator.comparing(FlagReference::line).thenComparing(FlagReference::column));
    return out;
  }

  /** The references in every source file under a folder (dependency and build folders skipped), in path order. */
  public List<FlagReference> scan(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && SKIPPED.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (attrs.isRegularFile() && attrs.size() <= MAX_FILE_BYTES && dot > 0
            && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
          files.add(file);
        }
        return files.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) {
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    List<FlagReference> out = new ArrayList<>();
    for (Path file : files) {
      String text;
      try {
        text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      } catch (IOException e) {
        continue;
      }
      out.addAll(scan(root.relativize(file).toString().replace('\\', '/'), text));
    }
    return out;
  }
}
