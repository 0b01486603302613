package dev.devopskit.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every regular expression held in a static field of the main code (the secret scanner's providers, the rules, the
 * readers) is run, with {@code find()} and {@code matches()}, over long inputs built to provoke catastrophic
 * backtracking: runs of each character the pattern mentions, alternations of two, the pattern's literal prefixes
 * followed by a long run, and a non-matching tail. Each pattern must finish its whole set within the budget, which
 * quadratic work at 5,000 characters meets and cubic or exponential backtracking does not. The input stops a
 * runaway match itself (its {@code charAt} checks the deadline), so no matching thread outlives its test.
 */
class RegexBacktrackingTest {
  private static final int LENGTH = 5_000;
  private static final int FIND_LENGTH = 1_000;
  /** Per pattern, for all its inputs: quadratic work passes at this length, anything worse does not. */
  private static final Duration BUDGET = Duration.ofSeconds(20);
  private static final Duration GUARD = BUDGET.plusSeconds(10);
  private static final String COMMON = "aA0 \t-_./=:$\"'{}()[]@#\n\\x+*,;!%&|<>?~`";

  @TestFactory
  Stream<DynamicTest> no_pattern_backtracks_catastrophically() {
    Map<String, Pattern> patterns = patterns();
    assertThat(patterns).hasSizeGreaterThan(80);
    StringBuilder timings = new StringBuilder();
    return patterns.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      long start = System.nanoTime();
      int inputs = Assertions.assertTimeoutPreemptively(GUARD, () -> {
        try {
          return exercise(e.getValue());
        } catch (AssertionError over) {
          throw new AssertionError(e.getKey() + " /" + e.getValue().pattern() + "/ " + over.getMessage(), over);
        }
      },
          () -> e.getKey() + " /" + e.getValue().pattern() + "/ did not finish its pathological inputs");
      long millis = (System.nanoTime() - start) / 1_000_000;
      synchronized (timings) {
        timings.append(millis).append(" ms\t").append(inputs).append(" inputs\t").append(e.getKey()).append('\n');
        write(timings);
      }
    }));
  }

  private static void write(StringBuilder timings) {
    try {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "regex-timings.txt"), timings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the pattern over every adversarial input; returns how many. */
  static int exercise(Pattern pattern) {
    List<String> inputs = inputs(pattern);
    long deadline = System.nanoTime() + BUDGET.toNanos();
    for (String text : inputs) {
      // Anchored matching over the whole input: linear or quadratic patterns finish, worse ones do not.
      Matcher matcher = pattern.matcher(new Deadline(text, deadline));
      matcher.matches();
      matcher.reset();
      matcher.lookingAt();
      // Searching retries at every offset (quadratic for any pattern that can run long): a shorter input, so
      // that only backtracking worse than that shows.
      String shorter = text.length() > FIND_LENGTH
          ? text.substring(0, FIND_LENGTH) + text.charAt(text.length() - 1) : text;
      Matcher search = pattern.matcher(new Deadline(shorter, deadline));
      int found = 0;
      while (search.find() && found++ < 10_000) {
        if (search.end() == search.start() && search.end() >= shorter.length()) {
          break;
        }
      }
    }
    return inputs.size();
  }

  /** Text that throws once the deadline passes, checked every few thousand reads. */
  static final class Deadline implements CharSequence {
    private final String text;
    private final long deadline;
    private int reads;

    Deadline(String text, long deadline) {
      this.text = text;
      this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
        throw new AssertionError("over the budget of " + BUDGET.toSeconds() + " s: backtracking");
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Deadline(text.substring(start, end), deadline);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  static List<String> inputs(Pattern pattern) {
    Set<Character> alphabet = new LinkedHashSet<>();
    for (char c : COMMON.toCharArray()) {
      alphabet.add(c);
    }
    String source = pattern.pattern();
    for (char c : source.toCharArray()) {
      if (c < 128 && !Character.isISOControl(c)) {
        alphabet.add(c);
      }
    }
    List<String> inputs = new ArrayList<>();
    List<Character> chars = new ArrayList<>(alphabet);
    for (char c : chars) {
      inputs.add(String.valueOf(c).repeat(LENGTH) + "\u0000");
    }
    for (int i = 0; i + 1 < chars.size(); i += 2) {
      inputs.add((String.valueOf(chars.get(i)) + chars.get(i + 1)).repeat(LENGTH / 2) + "\u0000");
    }
    for (String literal : literals(source)) {
      inputs.add(literal + "a".repeat(LENGTH) + "!");
      inputs.add(literal.repeat(Math.max(1, LENGTH / Math.max(1, literal.length()))) + "!");
      inputs.add((literal + " ").repeat(Math.max(1, LENGTH / (literal.length() + 1))));
    }
    return inputs;
  }

  /** Runs of letters, digits and punctuation that appear literally in the pattern (hints, prefixes, keywords). */
  static Set<String> literals(String source) {
    Set<String> literals = new LinkedHashSet<>();
    Matcher words = Pattern.compile("[A-Za-z0-9_:/.-]{3,40}+").matcher(source.replace("\\", " "));
    while (words.find() && literals.size() < 40) {
      literals.add(words.group());
    }
    return literals;
  }

  /** Every static Pattern (or a collection of them, or records holding one) in the main code of every module. */
  static Map<String, Pattern> patterns() {
    Map<String, Pattern> found = new LinkedHashMap<>();
    for (String className : classesUsingPatterns()) {
      Class<?> type;
      try {
        type = Class.forName(className, true, RegexBacktrackingTest.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        continue;
      }
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        Object value;
        try {
          field.setAccessible(true);
          value = field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
          continue;
        }
        collect(type.getSimpleName() + "." + field.getName(), value, found, 0);
      }
    }
    return found;
  }

  private static void collect(String name, Object value, Map<String, Pattern> found, int depth) {
    if (value == null || depth > 2) {
      return;
    }
    if (value instanceof Pattern) {
      found.put(name, (Pattern) value);
    } else if (value instanceof Collection<?>) {
      int i = 0;
      for (Object element : (Collection<?>) value) {
        collect(name + "[" + i++ + "]", element, found, depth + 1);
      }
    } else if (value instanceof Map<?, ?>) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        collect(name + "[" + entry.getKey() + "]", entry.getValue(), found, depth + 1);
      }
    } else if (value.getClass().isRecord() && value.getClass().getName().startsWith("dev.devopskit")) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          collect(name + "." + component.getName(), component.getAccessor().invoke(value), found, depth + 1);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not readable: skip
        }
      }
    } else if (value.getClass().getName().startsWith("dev.devopskit") && !value.getClass().isEnum()) {
      for (Field field : value.getClass().getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        try {
          field.setAccessible(true);
          collect(name + "." + field.getName(), field.get(value), found, depth + 1);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // not readable: skip
        }
      }
    }
  }

  /** Classes (top-level and nested) whose source mentions Pattern, from every module's src/main/java. */
  static List<String> classesUsingPatterns() {
    Path project = FormatSeeds.projectRoot();
    List<String> names = new ArrayList<>();
    try (Stream<Path> modules = Files.list(project)) {
      for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("devops-")).sorted()
          .collect(Collectors.toList())) {
        Path java = module.resolve("src/main/java");
        if (!Files.isDirectory(java)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(java)) {
          for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
            String text = Files.readString(file);
            if (!text.contains("Pattern")) {
              continue;
            }
            String top = java.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
            names.add(top);
            Matcher nested = Pattern.compile("(?m)^\\s+(?:(?:public|private|protected|static|final|abstract)\\s+)*"
                + "(?:class|record|enum|interface)\\s+([A-Za-z0-9_]+)").matcher(text);
            while (nested.find()) {
              names.add(top + "$" + nested.group(1));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
