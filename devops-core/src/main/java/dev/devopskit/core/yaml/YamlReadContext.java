package dev.devopskit.core.yaml;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Helps a format's reader turn a YAML tree into its values: typed access with findings for wrong types, and
 * unknown keys reported with a did-you-mean suggestion. Nothing is thrown; every problem becomes a finding at the
 * node's position.
 *
 * <pre>{@code
 * YamlReadContext read = new YamlReadContext(source, "github/syntax", "github/unknown-key");
 * Optional<String> name = read.string(job, path.key("name"));
 * read.unknownKeys(job, path, Set.of("name", "runs-on", "steps"));
 * }</pre>
 */
public final class YamlReadContext {
  private final SourceFile source;
  private final String typeRule;
  private final String unknownKeyRule;
  private final List<Finding> findings = new ArrayList<>();

  /**
   * A context for one file.
   *
   * @param source the file
   * @param typeRule the rule id of type and shape errors (for example {@code github/syntax})
   * @param unknownKeyRule the rule id of unknown keys (for example {@code github/unknown-key})
   */
  public YamlReadContext(SourceFile source, String typeRule, String unknownKeyRule) {
    this.source = source;
    this.typeRule = typeRule;
    this.unknownKeyRule = unknownKeyRule;
  }

  /** The findings so far. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** The file. */
  public SourceFile source() {
    return source;
  }

  /** Reports an error of the type rule at a node. */
  public void error(YamlNode at, DocPath path, String message, String fix) {
    report(typeRule, Severity.ERROR, at, path, message, fix);
  }

  /** Reports a finding of any rule at a node (its span, or the file start when it has none). */
  public void report(String ruleId, Severity severity, YamlNode at, DocPath path, String message, String fix) {
    Span span = at == null ? null : at.span().orElse(null);
    Location location = new Location(source.path(),
        Optional.of(span != null ? span : Span.at(source.position(0))), path);
    findings.add(Finding.builder().ruleId(ruleId).severity(severity).message(message).location(location)
        .fix(Optional.ofNullable(fix)).build());
  }

  /** A mapping, or an error and empty when the node is something else (null nodes are empty without error). */
  public Optional<YamlMapping> mapping(YamlNode node, DocPath path) {
    if (node instanceof YamlMapping) {
      return Optional.of((YamlMapping) node);
    }
    if (node != null && !node.isNull()) {
      error(node, path, "'" + path + "' must be a mapping, not a " + node.kindName(), null);
    }
    return Optional.empty();
  }

  /** A string from any scalar (numbers and booleans as written), or an error when it is a collection. */
  public Optional<String> string(YamlNode node, DocPath path) {
    if (node instanceof YamlScalar && !node.isNull()) {
      return Optional.of(((YamlScalar) node).value());
    }
    if (node != null && !node.isNull()) {
      error(node, path, "'" + path + "' must be a string, not a " + node.kindName(), null);
    }
    return Optional.empty();
  }

  /** A boolean, or an error. Strings {@code "true"}/{@code "false"} are accepted as the tools accept them. */
  public Optional<Boolean> bool(YamlNode node, DocPath path) {
    if (node instanceof YamlScalar) {
      YamlScalar scalar = (YamlScalar) node;
      if (scalar.kind() == YamlScalar.Kind.BOOLEAN) {
        return scalar.asBoolean();
      }
      if (scalar.value().equals("true") || scalar.value().equals("false")) {
        return Optional.of(Boolean.parseBoolean(scalar.value()));
      }
    }
    if (node != null && !node.isNull()) {
      error(node, path, "'" + path + "' must be true or false, not " + describe(node), null);
    }
    return Optional.empty();
  }

  /** A whole number, or an error. */
  public Optional<Long> integer(YamlNode node, DocPath path) {
    if (node instanceof YamlScalar) {
      YamlScalar scalar = (YamlScalar) node;
      if (scalar.kind() == YamlScalar.Kind.INTEGER) {
        return scalar.asLong();
      }
      try {
        return Optional.of(Long.parseLong(scalar.value().trim()));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    if (node != null && !node.isNull()) {
      error(node, path, "'" + path + "' must be a whole number, not " + describe(node), null);
    }
    return Optional.empty();
  }

  /** A list of strings from a sequence of scalars or a single scalar (the forms most tools accept). */
  public List<String> stringList(YamlNode node, DocPath path) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node instanceof YamlScalar) {
      out.add(((YamlScalar) node).value());
    } else if (node instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) node).items();
      for (int i = 0; i < items.size(); i++) {
        string(items.get(i), path.index(i)).ifPresent(out::add);
      }
    } else {
      error(node, path, "'" + path + "' must be a string or a list of strings, not a mapping", null);
    }
    return out;
  }

  /** A map of string values from a mapping (values that are collections are reported). */
  public Map<String, String> stringMap(YamlNode node, DocPath path) {
    Map<String, String> out = new LinkedHashMap<>();
    mapping(node, path).ifPresent(mapping -> {
      for (YamlMapping.Entry entry : mapping.entries()) {
        YamlNode value = entry.value();
        if (value.isNull()) {
          out.put(entry.name(), "");
        } else {
          string(value, path.key(entry.name())).ifPresent(v -> out.put(entry.name(), v));
        }
      }
    });
    return out;
  }

  /**
   * Reports every key of a mapping that is not in {@code known}, with the closest known key as a suggestion.
   *
   * @return the unknown entries, so that the reader can keep them (nothing is dropped silently)
   */
  public List<YamlMapping.Entry> unknownKeys(YamlMapping mapping, DocPath path, Collection<String> known) {
    List<YamlMapping.Entry> unknown = new ArrayList<>();
    for (YamlMapping.Entry entry : mapping.entries()) {
      if (!known.contains(entry.name())) {
        unknown.add(entry);
        String suggestion = suggest(entry.name(), known);
        report(unknownKeyRule, Severity.ERROR, entry.key(), path.key(entry.name()),
            "unknown key '" + entry.name() + "'" + (path.isRoot() ? "" : " in '" + path + "'")
                + (suggestion.isEmpty() ? "" : "; did you mean '" + suggestion + "'?"),
            suggestion.isEmpty() ? "remove it, or check the spelling against the documentation"
                : "rename it to '" + suggestion + "'");
      }
    }
    return unknown;
  }

  /** The known word closest to {@code word} by edit distance, or empty when none is close. */
  public static String suggest(String word, Collection<String> known) {
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return bestDistance <= Math.max(2, word.length() / 3) ? best : "";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String describe(YamlNode node) {
    return node instanceof YamlScalar ? "'" + ((YamlScalar) node).value() + "'" : "a " + node.kindName();
  }
}
