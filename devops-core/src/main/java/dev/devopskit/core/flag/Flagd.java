package dev.devopskit.core.flag;

import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.internal.flag.FlagTargeting;
import dev.devopskit.core.internal.flag.JsonLogicOperators;
import dev.devopskit.core.internal.flag.Trees;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.YamlDocument;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlReadContext;
import dev.devopskit.core.yaml.YamlSequence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * flagd's flag-definition JSON, in and out. Reading keeps targeting as JsonLogic (with {@code $evaluators}
 * references resolved), so the flag evaluates here as flagd evaluates it. Writing resolves one environment's
 * settings into plain flagd flags, and keeps owner, kind and dates in each flag's {@code metadata}.
 */
public final class Flagd {
  /** The schema an exported file names. */
  public static final String SCHEMA = "https://flagd.dev/schema/v0/flags.json";
  /**
   * The JsonLogic operators targeting may use (JsonLogic's and flagd's {@code fractional}, {@code starts_with},
   * {@code ends_with}, {@code sem_ver}); reading reports any other as an error. devops-flags evaluates all of them.
   */
  public static final Set<String> OPERATORS = JsonLogicOperators.OPERATORS;
  private static final Set<String> TOP_KEYS = Set.of("$schema", "flags", "$evaluators", "metadata");
  private static final Set<String> FLAG_KEYS = Set.of("key", "state", "variants", "defaultVariant", "targeting",
      "metadata");
  private static final int MAX_REF_DEPTH = 32;

  private Flagd() {}

  /** Reads a flagd flag-definition file (flags as a map or an array); never throws. */
  public static Parsed<FlagSet> read(SourceFile source) {
    return FlagYaml.read(source, (document, read) -> Optional.of(flagSet(document, read)));
  }

  /** Reads a flagd flag-definition file from disk; never throws (an unreadable file gives a finding). */
  public static Parsed<FlagSet> read(Path file) {
    return Sources.read(file, Flagd::read);
  }

  private static FlagSet flagSet(YamlDocument document, YamlReadContext read) {
    List<FeatureFlag> flags = new ArrayList<>();
    Optional<YamlMapping> top = read.mapping(document.root().orElse(null), DocPath.root());
    top.ifPresent(m -> read.unknownKeys(m, DocPath.root(), TOP_KEYS));
    top.flatMap(m -> m.get("metadata")).flatMap(meta -> read.mapping(meta, DocPath.of("metadata")))
        .ifPresent(meta -> metadata(meta, DocPath.of("metadata"), read));
    Map<String, Object> evaluators = new LinkedHashMap<>();
    top.flatMap(m -> m.get("$evaluators")).flatMap(e -> read.mapping(e, DocPath.of("$evaluators")))
        .ifPresent(e -> e.entries().forEach(entry -> evaluators.put(entry.name(), Trees.plain(entry.value()))));
    YamlNode flagsNode = top.flatMap(m -> m.get("flags")).orElse(null);
    if (flagsNode instanceof YamlMapping) {
      for (YamlMapping.Entry entry : ((YamlMapping) flagsNode).entries()) {
        DocPath path = DocPath.of("flags", entry.name());
        read.mapping(entry.value(), path).flatMap(m -> flag(entry.name(), m, path, evaluators, read))
            .ifPresent(flags::add);
      }
    } else if (flagsNode instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) flagsNode).items();
      for (int i = 0; i < items.size(); i++) {
        DocPath path = DocPath.of("flags").index(i);
        read.mapping(items.get(i), path).flatMap(m -> read.string(m.get("key").orElse(null), path.key("key"))
            .flatMap(key -> flag(key, m, path, evaluators, read))).ifPresent(flags::add);
      }
    } else if (top.isPresent()) {
      read.error(flagsNode == null ? top.get() : flagsNode, DocPath.of("flags"),
          "a flagd file needs a 'flags' object", "add \"flags\": { ... } with one entry per flag");
    }
    FlagSet.Builder set = FlagSet.builder();
    Set<String> seen = new java.util.HashSet<>();
    for (FeatureFlag flag : flags) {
      if (seen.add(flag.key())) {
        set.addFlag(flag);
      } else {
        read.error(flagsNode, DocPath.of("flags"), "two flags have the key '" + flag.key() + "'",
            "keep one of them");
      }
    }
    return set.build();
  }

  private static Optional<FeatureFlag> flag(String key, YamlMapping m, DocPath path, Map<String, Object> evaluators,
      YamlReadContext read) {
    read.unknownKeys(m, path, FLAG_KEYS);
    FeatureFlag.Builder b = FeatureFlag.builder().key(key);
    read.string(m.get("state").orElse(null), path.key("state")).ifPresent(state -> {
      if (!state.equals("ENABLED") && !state.equals("DISABLED")) {
        read.error(m.get("state").get(), path.key("state"), "state is '" + state + "'",
            "write \"ENABLED\" or \"DISABLED\"");
      }
      b.enabled(!state.equals("DISABLED"));
    });
    Optional<YamlMapping> variants = read.mapping(m.get("variants").orElse(null), path.key("variants"));
    if (variants.isEmpty() || variants.get().isEmpty()) {
      read.error(m, path.key("variants"), "flag '" + key + "' has no variants",
          "add \"variants\": {\"on\": true, \"off\": false}");
      return Optional.empty();
    }
    variants.get().entries().forEach(e -> {
      Object value = Trees.plain(e.value());
      if (value != null) {
        b.putVariant(e.name(), value);
      }
    });
    read.string(m.get("defaultVariant").orElse(null), path.key("defaultVariant")).ifPresent(b::defaultVariant);
    m.get("targeting").filter(t -> !t.isNull()).ifPresent(t -> {
      Object tree = Trees.plain(t);
      if (tree instanceof Map && ((Map<?, ?>) tree).isEmpty()) {
        return;
      }
      try {
        Object resolved = resolve(tree, evaluators, 0);
        java.util.Optional<String> unknown = JsonLogicOperators.unknownOperator(resolved);
        if (unknown.isPresent()) {
          read.error(t, path.key("targeting"), "targeting of flag '" + key + "' uses the unknown operator '"
              + unknown.get() + "'", "use JsonLogic's operators or flagd's fractional, starts_with, ends_with, sem_ver");
          return;
        }
        b.targeting(Trees.json(resolved));
      } catch (IllegalArgumentException e) {
        read.error(t, path.key("targeting"), e.getMessage(), "define it under \"$evaluators\" or fix the name");
      }
    });
    read.mapping(m.get("metadata").orElse(null), path.key("metadata")).ifPresent(meta -> {
      metadata(meta, path.key("metadata"), read);
      string(meta, "description").ifPresent(b::description);
      string(meta, "owner").ifPresent(b::owner);
      string(meta, "kind").flatMap(FlagKind::parse).ifPresent(b::kind);
      string(meta, "created").flatMap(Flagd::date).ifPresent(b::created);
      string(meta, "updated").flatMap(Flagd::date).ifPresent(b::updated);
      string(meta, "removeBy").flatMap(Flagd::date).ifPresent(b::removeBy);
    });
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      read.error(m, path, e.getMessage(), null);
      return Optional.empty();
    }
  }

  private static void metadata(YamlMapping meta, DocPath path, YamlReadContext read) {
    for (YamlMapping.Entry entry : meta.entries()) {
      if (!(entry.value() instanceof dev.devopskit.core.yaml.YamlScalar) || entry.value().isNull()) {
        read.error(entry.value(), path.key(entry.name()), "metadata '" + entry.name()
            + "' must be a string, number or boolean", "write the value as text");
      }
    }
  }

  private static Optional<String> string(YamlMapping m, String key) {
    return m.get(key).flatMap(YamlNode::text);
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Object resolve(Object tree, Map<String, Object> evaluators, int depth) {
    if (depth > MAX_REF_DEPTH) {
      throw new IllegalArgumentException("\"$ref\" evaluators refer to each other in a cycle");
    }
    if (tree instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) tree;
      if (map.size() == 1 && map.containsKey("$ref")) {
        String name = String.valueOf(map.get("$ref"));
        if (!evaluators.containsKey(name)) {
          throw new IllegalArgumentException("\"$ref\": \"" + name + "\" names no evaluator in \"$evaluators\"");
        }
        return resolve(evaluators.get(name), evaluators, depth + 1);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), resolve(v, evaluators, depth)));
      return out;
    }
    if (tree instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) tree) {
        out.add(resolve(item, evaluators, depth));
      }
      return out;
    }
    return tree;
  }

  /** The flags as flagd's flag-definition JSON with each flag's own settings. */
  public static String text(FlagSet flags) {
    return text(flags, Optional.empty());
  }

  /**
   * The flags as flagd's flag-definition JSON.
   *
   * @deprecated use {@link #text(FlagSet)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String write(FlagSet flags) {
    return text(flags);
  }

  /**
   * The flags as flagd's flag-definition JSON, with one environment's settings resolved.
   *
   * @deprecated use {@link #text(FlagSet, Optional)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String write(FlagSet flags, Optional<String> environment) {
    return text(flags, environment);
  }

  /** The flags as flagd's flag-definition JSON, with one environment's settings resolved. */
  public static String text(FlagSet flags, Optional<String> environment) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", SCHEMA);
    Map<String, Object> out = new LinkedHashMap<>();
    for (FeatureFlag flag : flags.flags()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("state", flag.enabledIn(environment) ? "ENABLED" : "DISABLED");
      f.put("variants", new LinkedHashMap<>(flag.variants()));
      f.put("defaultVariant", flag.defaultVariantIn(environment).orElse(null));
      FlagTargeting.of(flag, environment).ifPresent(t -> f.put("targeting", t));
      Map<String, Object> meta = new LinkedHashMap<>();
      flag.description().ifPresent(d -> meta.put("description", d));
      flag.owner().ifPresent(o -> meta.put("owner", o));
      meta.put("kind", flag.kind().id());
      flag.created().ifPresent(d -> meta.put("created", d.toString()));
      flag.updated().ifPresent(d -> meta.put("updated", d.toString()));
      flag.removeBy().ifPresent(d -> meta.put("removeBy", d.toString()));
      f.put("metadata", meta);
      out.put(flag.key(), f);
    }
    root.put("flags", out);
    return Trees.prettyJson(root);
  }
}
