package dev.devopskit.core.syntax;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A glob pattern in one of the dialects devops-kit reads, compiled once and matched against slash-separated text
 * (a branch name or a relative path).
 *
 * <pre>{@code
 * Glob.github("feature/*").matches("feature/login");        // true
 * Glob.github("feature/*").matches("feature/a/b");          // false: '*' does not match '/'
 * Glob.dockerignore("node_modules").matches("node_modules/x/y.js");   // true: a folder leaves out what it holds
 * Glob.selects(Glob.Dialect.GITHUB_FILTER, List.of("**", "!main"), "main");   // false: the last match says no
 * }</pre>
 */
public final class Glob {
  /** How many compiled globs are kept; the cache is emptied when it grows past this. */
  private static final int CACHE_SIZE = 1024;
  private static final Map<String, Glob> CACHE = new ConcurrentHashMap<>();

  /** The dialects: what each special character means. */
  public enum Dialect {
    /**
     * GitHub Actions' branch, tag and path filters ({@code on.push.branches}, {@code paths}) and deployment branch
     * patterns: {@code *} is any run of characters but {@code /}, {@code **} any run at all ({@code **}{@code /}
     * also none), {@code ?} makes the character before it optional, {@code +} repeats it, {@code [a-z]} is one
     * character of a set or range, and {@code \} takes the next character literally.
     */
    GITHUB_FILTER,
    /**
     * {@code .dockerignore}, as Docker's pattern matcher reads it: Go's {@code filepath.Match} ({@code *} and
     * {@code ?} do not match {@code /}, {@code [a-z]} and {@code [^a-z]} sets, {@code \} escapes) plus {@code **}
     * for any number of folders. Blanks around the pattern and a leading or trailing {@code /} are ignored, and a
     * pattern that matches a folder matches everything in it.
     */
    DOCKERIGNORE,
    /**
     * Policy paths ({@code exclude}, suppressions' {@code path}, {@code generated-paths}): the JDK's
     * {@code glob:} syntax ({@link java.nio.file.FileSystem#getPathMatcher(String)}): {@code *} within a folder,
     * {@code **} across folders, {@code ?} one character, {@code [a-z]} and {@code [!a-z]} sets,
     * {@code {a,b}} alternatives.
     */
    POLICY_PATH
  }

  private final Dialect dialect;
  private final String pattern;
  private final Predicate<String> matcher;

  private Glob(Dialect dialect, String pattern, Predicate<String> matcher) {
    this.dialect = dialect;
    this.pattern = pattern;
    this.matcher = matcher;
  }

  /**
   * The glob of a pattern in a dialect; it never throws. A pattern the dialect cannot read (a {@code .dockerignore}
   * set without its {@code ]}, a policy glob with an unclosed <code>{</code>) matches nothing; in
   * {@link Dialect#GITHUB_FILTER}, where a lone {@code [} is a character, only a range such as {@code [z-a]} cannot
   * be read, and such a pattern matches the identical text.
   */
  public static Glob of(Dialect dialect, String pattern) {
    String key = dialect.ordinal() + pattern;
    Glob glob = CACHE.get(key);
    if (glob == null) {
      if (CACHE.size() >= CACHE_SIZE) {
        CACHE.clear();
      }
      glob = new Glob(dialect, pattern, compile(dialect, pattern));
      CACHE.put(key, glob);
    }
    return glob;
  }

  /** A GitHub Actions branch, tag or path filter pattern: {@link Dialect#GITHUB_FILTER}. */
  public static Glob github(String pattern) {
    return of(Dialect.GITHUB_FILTER, pattern);
  }

  /** A {@code .dockerignore} pattern without its {@code !}: {@link Dialect#DOCKERIGNORE}. */
  public static Glob dockerignore(String pattern) {
    return of(Dialect.DOCKERIGNORE, pattern);
  }

  /** A policy path glob: {@link Dialect#POLICY_PATH}. */
  public static Glob policyPath(String pattern) {
    return of(Dialect.POLICY_PATH, pattern);
  }

  /**
   * Whether a list of patterns selects a text as GitHub's filters and {@code .dockerignore} read a list: the last
   * pattern that matches decides, and a pattern that starts with {@code !} takes the text back out. None matching
   * selects nothing.
   */
  public static boolean selects(Dialect dialect, List<String> patterns, String text) {
    boolean selected = false;
    for (String pattern : patterns) {
      boolean negated = pattern.startsWith("!");
      if (of(dialect, negated ? pattern.substring(1) : pattern).matches(text)) {
        selected = !negated;
      }
    }
    return selected;
  }

  /** Whether the whole text matches. */
  public boolean matches(String text) {
    return matcher.test(text);
  }

  /** The pattern as written. */
  public String pattern() {
    return pattern;
  }

  /** The dialect it is read in. */
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public String toString() {
    return pattern;
  }

  private static Predicate<String> compile(Dialect dialect, String pattern) {
    switch (dialect) {
      case GITHUB_FILTER:
        return regex(githubRegex(pattern), pattern);
      case DOCKERIGNORE:
        return dockerignoreMatcher(pattern);
      default:
        return policy(pattern);
    }
  }

  private static Predicate<String> regex(String regex, String pattern) {
    try {
      Pattern compiled = Pattern.compile(regex);
      return text -> compiled.matcher(text).matches();
    } catch (PatternSyntaxException e) {
      return pattern::equals;
    }
  }

  private static Predicate<String> policy(String pattern) {
    PathMatcher matcher;
    try {
      matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    } catch (IllegalArgumentException e) {
      return text -> false;
    }
    return text -> {
      try {
        return matcher.matches(Path.of(text));
      } catch (InvalidPathException e) {
        return false;
      }
    };
  }

  /** GitHub's filter pattern as a regular expression; see {@link Dialect#GITHUB_FILTER}. */
  static String githubRegex(String pattern) {
    StringBuilder regex = new StringBuilder();
    boolean atom = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        i++;
        boolean slash = i + 1 < pattern.length() && pattern.charAt(i + 1) == '/';
        regex.append(slash ? "(?:.*/)?" : ".*");
        i += slash ? 1 : 0;
        atom = false;
      } else if (c == '*') {
        regex.append("[^/]*");
        atom = false;
      } else if ((c == '?' || c == '+') && atom) {
        regex.append(c);
        atom = false;
      } else if (c == '[' && pattern.indexOf(']', i + 2) > 0) {
        int end = pattern.indexOf(']', i + 2);
        regex.append(set(pattern.substring(i + 1, end), false));
        i = end;
        atom = true;
      } else if (c == '\\' && i + 1 < pattern.length()) {
        i++;
        literal(regex, pattern.charAt(i));
        atom = true;
      } else {
        literal(regex, c);
        atom = true;
      }
    }
    return regex.toString();
  }

  private static Predicate<String> dockerignoreMatcher(String written) {
    String pattern = written.trim();
    if (pattern.startsWith("/")) {
      pattern = pattern.substring(1);
    }
    if (pattern.endsWith("/")) {
      pattern = pattern.substring(0, pattern.length() - 1);
    }
    if (pattern.isEmpty()) {
      return text -> false;
    }
    String regex = dockerignoreRegex(pattern);
    if (regex.isEmpty()) {
      return text -> false;
    }
    Pattern compiled;
    try {
      compiled = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return text -> false;
    }
    return text -> {
      String path = text.startsWith("./") ? text.substring(2) : text;
      if (compiled.matcher(path).matches()) {
        return true;
      }
      // A pattern that names a folder leaves out everything in it.
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        if (compiled.matcher(path.substring(0, slash)).matches()) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * A {@code .dockerignore} pattern as a regular expression, as Docker's pattern matcher builds it; empty when
   * Go's {@code filepath.Match} would reject the pattern (a set without {@code ]}). A {@code \} at the end is
   * itself, as Docker leaves it.
   */
  static String dockerignoreRegex(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        i++;
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
          i++;
        }
        regex.append(i + 1 == pattern.length() ? ".*" : "(?:.*/)?");
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (c == '[') {
        int end = pattern.indexOf(']', i + 1);
        boolean negated = end > i + 1 && pattern.charAt(i + 1) == '^';
        String body = end < 0 ? "" : pattern.substring(i + (negated ? 2 : 1), end);
        if (body.isEmpty()) {
          return "";
        }
        regex.append(set(body, negated));
        i = end;
      } else if (c == '\\' && i + 1 < pattern.length()) {
        i++;
        literal(regex, pattern.charAt(i));
      } else {
        literal(regex, c);
      }
    }
    return regex.toString();
  }

  /** A character set: the characters of {@code body}, with {@code a-z} a range, each taken literally. */
  private static String set(String body, boolean negated) {
    StringBuilder out = new StringBuilder(negated ? "[^" : "[");
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '-' && i > 0 && i + 1 < body.length()) {
        out.append('-');
      } else {
        literal(out, c);
      }
    }
    return out.append(']').toString();
  }

  /** A character taken literally: every ASCII character but letters and digits is escaped. */
  private static void literal(StringBuilder regex, char c) {
    if (c < 128 && !Character.isLetterOrDigit(c)) {
      regex.append('\\');
    }
    regex.append(c);
  }
}
