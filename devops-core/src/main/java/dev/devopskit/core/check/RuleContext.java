package dev.devopskit.core.check;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.FileRole;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.SourceMap;
import dev.devopskit.core.source.Span;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule sees while it checks one value: its options, the source of the value when it came from a file,
 * a clock, and the means to report findings.
 */
public final class RuleContext {
  private final RuleInfo rule;
  private final Severity severity;
  private final Map<String, Object> options;
  private final Optional<SourceFile> source;
  private final SourceMap sourceMap;
  private final Clock clock;
  private final FileFacts facts;
  private final List<Finding> findings = new ArrayList<>();
  private final List<String> optionProblems = new ArrayList<>();

  /**
   * A context for one rule over one value.
   *
   * @param rule the rule being run
   * @param severity the severity its findings get (the policy's override or the default)
   * @param options the options the policy set for this rule (others take their defaults)
   * @param source the file the value came from, if any
   * @param sourceMap positions of the value's elements in that file
   * @param clock the clock for rules that compare dates
   */
  public RuleContext(RuleInfo rule, Severity severity, Map<String, Object> options,
      Optional<SourceFile> source, SourceMap sourceMap, Clock clock) {
    this(rule, severity, options, source, sourceMap, clock, new FileFacts());
  }

  /**
   * A context for one rule over one value, sharing what the other rules of the same file worked out.
   *
   * @param facts the analyses of the checked file, one instance for all the rules of that file
   */
  public RuleContext(RuleInfo rule, Severity severity, Map<String, Object> options,
      Optional<SourceFile> source, SourceMap sourceMap, Clock clock, FileFacts facts) {
    this.rule = rule;
    this.severity = severity;
    this.options = Map.copyOf(options);
    this.source = source;
    this.sourceMap = sourceMap;
    this.clock = clock;
    this.facts = facts;
  }

  /** A context for a value built in Java, with default options and the system clock. */
  public static RuleContext forValue(RuleInfo rule) {
    return new RuleContext(rule, rule.defaultSeverity(), Map.of(), Optional.empty(), SourceMap.none(),
        Clock.systemUTC());
  }

  /** The rule being run. */
  public RuleInfo rule() {
    return rule;
  }

  /** The file the value came from, if it came from one. */
  public Optional<SourceFile> source() {
    return source;
  }

  /**
   * What the checked file's path says it is ({@link FileRole}): a translation, a test fixture, an example, an API
   * specification, or configuration (also for a value built in Java, which has no file).
   */
  public FileRole fileRole() {
    return source.map(SourceFile::role).orElse(FileRole.CONFIGURATION);
  }

  /** Positions of the value's elements. */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  /**
   * An analysis of the checked file, worked out once and shared by all the rules of that file: the first rule that
   * asks runs {@code analysis}, the others get the same object. {@code kind} is the key, so an analysis has a type
   * of its own ({@code context.facts(WorkflowFacts.class, () -> new WorkflowFacts(workflow))}). The analysis must
   * depend on the checked value only, not on this rule's options; it lives as long as the check of the file, so a
   * rule stays a function of its value and options.
   */
  public <T> T facts(Class<T> kind, Supplier<? extends T> analysis) {
    return facts.get(kind, analysis);
  }

  /** The clock to use for anything that depends on today's date. */
  public Clock clock() {
    return clock;
  }

  /** Reports a finding at an element. */
  public void report(DocPath path, String message) {
    report(path, message, null);
  }

  /** Reports a finding at an element with a fix suggestion ({@code fix} may be null). */
  public void report(DocPath path, String message, String fix) {
    add(new Location(fileName(), sourceMap.locate(path), path), message, fix);
  }

  /** Reports a finding at an element's key (for mapping entries) rather than its value. */
  public void reportAtKey(DocPath path, String message, String fix) {
    add(new Location(fileName(), sourceMap.locateKey(path), path), message, fix);
  }

  /** Reports a finding at an explicit span of the source (for rules that read text). */
  public void report(Span span, DocPath path, String message, String fix) {
    add(new Location(fileName(), Optional.of(span), path), message, fix);
  }

  /**
   * Reports a finding at a location in any file (for rules that read more than the value's own file, such as a
   * code scan).
   */
  public void report(Location location, String message, String fix) {
    add(location, message, fix);
  }

  /**
   * Reports a finding that weighs less than the rule's usual ones: its severity is {@code ceiling} or the rule's,
   * whichever is less severe ({@code secrets/literal-secret} reports a word-like local default as a warning).
   */
  public void reportAtMost(Severity ceiling, Span span, DocPath path, String message, String fix) {
    add(new Location(fileName(), Optional.of(span), path), message, fix, ceiling);
  }

  /** {@link #reportAtMost(Severity, Span, DocPath, String, String)} at an element. */
  public void reportAtMost(Severity ceiling, DocPath path, String message, String fix) {
    add(new Location(fileName(), sourceMap.locate(path), path), message, fix, ceiling);
  }

  private String fileName() {
    return source.map(SourceFile::path).orElse("");
  }

  private void add(Location location, String message, String fix) {
    add(location, message, fix, severity);
  }

  private void add(Location location, String message, String fix, Severity ceiling) {
    Severity weight = severity.atLeast(ceiling) ? ceiling : severity;
    findings.add(Finding.builder().ruleId(rule.id()).severity(weight).message(message).location(location)
        .fix(Optional.ofNullable(fix)).build());
  }

  /** The findings reported so far. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** Problems with option values (wrong type), reported by the engine as policy findings. */
  public List<String> optionProblems() {
    return List.copyOf(optionProblems);
  }

  /** An option as text. */
  public String stringOption(String name) {
    Object value = options.get(name);
    return value == null ? defaultOf(name) : String.valueOf(value);
  }

  /** An option as a whole number. */
  public int intOption(String name) {
    Object value = options.get(name);
    if (value instanceof Number) {
      return ((Number) value).intValue();
    }
    String text = value == null ? defaultOf(name) : String.valueOf(value);
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      optionProblems.add("option '" + name + "' of " + rule.id() + " must be a whole number, got '" + text + "'");
      return Integer.parseInt(defaultOf(name).trim());
    }
  }

  /** An option as a boolean ({@code true} or {@code false}). */
  public boolean booleanOption(String name) {
    Object value = options.get(name);
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    String text = value == null ? defaultOf(name) : String.valueOf(value);
    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
      optionProblems.add("option '" + name + "' of " + rule.id() + " must be true or false, got '" + text + "'");
      return Boolean.parseBoolean(defaultOf(name));
    }
    return Boolean.parseBoolean(text);
  }

  /** An option as a list of strings; a default is written {@code [a, b]} or {@code a,b}. */
  public List<String> listOption(String name) {
    Object value = options.get(name);
    if (value instanceof List) {
      List<String> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        out.add(String.valueOf(item));
      }
      return out;
    }
    String text = value == null ? defaultOf(name) : String.valueOf(value);
    String inner = text.trim();
    if (inner.startsWith("[") && inner.endsWith("]")) {
      inner = inner.substring(1, inner.length() - 1);
    }
    if (inner.isBlank()) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : inner.split(",")) {
      String trimmed = item.trim();
      if (!trimmed.isEmpty()) {
        items.add(trimmed);
      }
    }
    return Collections.unmodifiableList(items);
  }

  private String defaultOf(String name) {
    for (RuleOption option : rule.options()) {
      if (option.name().equals(name)) {
        return option.defaultValue();
      }
    }
    throw new IllegalArgumentException("rule " + rule.id() + " has no option '" + name + "'");
  }
}
