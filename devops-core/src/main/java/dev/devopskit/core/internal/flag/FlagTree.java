package dev.devopskit.core.internal.flag;

import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.FlagEnvironment;
import dev.devopskit.core.flag.FlagKind;
import dev.devopskit.core.flag.Rollout;
import dev.devopskit.core.flag.TargetingRule;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlReadContext;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One flag of the library's own flag file, read from and written to a YAML tree (JSON reads the same way). */
public final class FlagTree {
  private static final Set<String> FLAG_KEYS = Set.of("description", "owner", "kind", "created", "updated",
      "remove-by", "enabled", "variants", "default", "rules", "rollout", "bucket-by", "environments", "targeting");
  private static final Set<String> ENV_KEYS = Set.of("enabled", "default", "rollout", "bucket-by");
  private static final Set<String> RULE_KEYS = Set.of("attribute", "equals", "in", "starts-with", "ends-with",
      "sem-ver", "variant");

  private FlagTree() {}

  /** Reads a flag; problems become findings in {@code read}, and an unbuildable flag is empty. */
  public static Optional<FeatureFlag> read(String key, YamlMapping m, DocPath path, YamlReadContext read) {
    read.unknownKeys(m, path, FLAG_KEYS);
    FeatureFlag.Builder b = FeatureFlag.builder().key(key);
    str(m, "description", path, read).ifPresent(b::description);
    str(m, "owner", path, read).ifPresent(b::owner);
    str(m, "kind", path, read).ifPresent(text -> FlagKind.parse(text).ifPresentOrElse(b::kind,
        () -> read.error(m.get("kind").get(), path.key("kind"), "unknown flag kind '" + text + "'",
            "use release, experiment, operational, kill-switch or permission")));
    date(m, "created", path, read).ifPresent(b::created);
    date(m, "updated", path, read).ifPresent(b::updated);
    date(m, "remove-by", path, read).ifPresent(b::removeBy);
    read.bool(m.get("enabled").orElse(null), path.key("enabled")).ifPresent(b::enabled);
    read.mapping(m.get("variants").orElse(null), path.key("variants")).ifPresent(v -> {
      for (YamlMapping.Entry entry : v.entries()) {
        Object value = Trees.plain(entry.value());
        if (value == null) {
          read.error(entry.value(), path.key("variants").key(entry.name()), "variant '" + entry.name()
              + "' has no value", "give it a value: true/false, a string, a number or an object");
        } else {
          b.putVariant(entry.name(), value);
        }
      }
    });
    str(m, "default", path, read).ifPresent(b::defaultVariant);
    YamlNode rules = m.get("rules").orElse(null);
    if (rules instanceof YamlSequence) {
      List<YamlNode> items = ((YamlSequence) rules).items();
      for (int i = 0; i < items.size(); i++) {
        DocPath rulePath = path.key("rules").index(i);
        read.mapping(items.get(i), rulePath).flatMap(r -> rule(r, rulePath, read)).ifPresent(b::addRule);
      }
    } else if (rules != null && !rules.isNull()) {
      read.error(rules, path.key("rules"), "'rules' must be a list of rules", null);
    }
    rollout(m, path, read).ifPresent(b::rollout);
    read.mapping(m.get("environments").orElse(null), path.key("environments")).ifPresent(envs -> {
      for (YamlMapping.Entry entry : envs.entries()) {
        DocPath envPath = path.key("environments").key(entry.name());
        read.mapping(entry.value(), envPath).ifPresent(e -> {
          read.unknownKeys(e, envPath, ENV_KEYS);
          FlagEnvironment.Builder eb = FlagEnvironment.builder();
          read.bool(e.get("enabled").orElse(null), envPath.key("enabled")).ifPresent(eb::enabled);
          str(e, "default", envPath, read).ifPresent(eb::defaultVariant);
          rollout(e, envPath, read).ifPresent(eb::rollout);
          b.putEnvironment(entry.name(), eb.build());
        });
      }
    });
    m.get("targeting").filter(t -> !t.isNull()).ifPresent(t -> b.targeting(Trees.json(Trees.plain(t))));
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      read.error(m, path, e.getMessage(), null);
      return Optional.empty();
    }
  }

  private static Optional<String> str(YamlMapping m, String key, DocPath path, YamlReadContext read) {
    return read.string(m.get(key).orElse(null), path.key(key));
  }

  private static Optional<LocalDate> date(YamlMapping m, String key, DocPath path, YamlReadContext read) {
    return str(m, key, path, read).flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text.trim()));
      } catch (DateTimeParseException e) {
        read.error(m.get(key).get(), path.key(key), "'" + key + "' is '" + text + "', not a date",
            "write the date as YYYY-MM-DD, like 2026-03-31");
        return Optional.empty();
      }
    });
  }

  private static Optional<TargetingRule> rule(YamlMapping r, DocPath path, YamlReadContext read) {
    read.unknownKeys(r, path, RULE_KEYS);
    TargetingRule.Builder b = TargetingRule.builder();
    str(r, "attribute", path, read).ifPresent(b::attribute);
    str(r, "variant", path, read).ifPresent(b::variant);
    int operators = 0;
    for (TargetingRule.Operator op : TargetingRule.Operator.values()) {
      Optional<YamlNode> node = r.get(op.id());
      if (node.isEmpty()) {
        continue;
      }
      operators++;
      b.operator(op);
      if (op == TargetingRule.Operator.IN) {
        b.values(read.stringList(node.get(), path.key(op.id())));
      } else if (op == TargetingRule.Operator.SEM_VER) {
        String text = read.string(node.get(), path.key(op.id())).orElse("").trim();
        String cmp = text.replaceAll("^([<>=!^~]{1,2}).*$", "$1");
        if (cmp.equals(text)) {
          cmp = "=";
        }
        b.comparison(cmp).addValue(text.substring(text.startsWith(cmp) ? cmp.length() : 0).trim());
      } else {
        read.string(node.get(), path.key(op.id())).ifPresent(b::addValue);
      }
    }
    if (operators != 1) {
      read.error(r, path, "rule " + path + " needs exactly one of equals, in, starts-with, ends-with, sem-ver",
          "write one comparison per rule, like 'in: [pro, enterprise]'");
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      read.error(r, path, "rule " + path + ": " + e.getMessage(), "give the rule an attribute, a comparison and "
          + "a variant");
      return Optional.empty();
    }
  }

  private static Optional<Rollout> rollout(YamlMapping m, DocPath path, YamlReadContext read) {
    Optional<YamlNode> node = m.get("rollout").filter(n -> !n.isNull());
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Rollout.Builder b = Rollout.builder();
    str(m, "bucket-by", path, read).ifPresent(b::bucketBy);
    YamlNode value = node.get();
    if (value instanceof YamlScalar) {
      String text = ((YamlScalar) value).value().trim();
      try {
        int percent = Integer.parseInt(text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text);
        b.putWeight("on", percent).putWeight("off", 100 - percent);
      } catch (NumberFormatException e) {
        read.error(value, path.key("rollout"), "rollout '" + text + "' is not a percentage",
            "write 'rollout: 10%' or a mapping of variants to percentages");
        return Optional.empty();
      }
    } else {
      read.mapping(value, path.key("rollout")).ifPresent(w -> {
        for (YamlMapping.Entry entry : w.entries()) {
          read.integer(entry.value(), path.key("rollout").key(entry.name()))
              .ifPresent(n -> b.putWeight(entry.name(), (int) Math.max(-1, Math.min(n, 1000))));
        }
      });
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      read.error(value, path.key("rollout"), e.getMessage(), null);
      return Optional.empty();
    }
  }

  /** A flag as a YAML tree in the house order. */
  public static YamlMapping write(FeatureFlag flag) {
    YamlMapping.Builder m = YamlMapping.builder();
    m.putStringIfPresent("description", flag.description()).putStringIfPresent("owner", flag.owner());
    m.put("kind", flag.kind().id());
    flag.created().ifPresent(d -> m.put("created", d.toString()));
    flag.updated().ifPresent(d -> m.put("updated", d.toString()));
    flag.removeBy().ifPresent(d -> m.put("remove-by", d.toString()));
    if (!flag.enabled()) {
      m.put("enabled", YamlScalar.bool(false));
    }
    if (!isBooleanDefault(flag.variants()) || flag.defaultVariant().isEmpty()) {
      m.put("variants", Trees.yaml(flag.variants()));
    }
    m.putStringIfPresent("default", flag.defaultVariant());
    if (!flag.rules().isEmpty()) {
      List<YamlNode> rules = new ArrayList<>();
      for (TargetingRule rule : flag.rules()) {
        YamlMapping.Builder r = YamlMapping.builder().put("attribute", rule.attribute());
        switch (rule.operator()) {
          case IN:
            r.put("in", YamlSequence.ofStrings(rule.values()));
            break;
          case SEM_VER:
            r.put("sem-ver", rule.comparison().orElse("=") + " " + rule.values().get(0));
            break;
          default:
            r.put(rule.operator().id(), rule.values().get(0));
        }
        rules.add(r.put("variant", rule.variant()).build());
      }
      m.put("rules", YamlSequence.of(rules));
    }
    flag.rollout().ifPresent(r -> writeRollout(m, r));
    if (!flag.environments().isEmpty()) {
      YamlMapping.Builder envs = YamlMapping.builder();
      flag.environments().forEach((name, e) -> {
        YamlMapping.Builder eb = YamlMapping.builder();
        e.enabled().ifPresent(v -> eb.put("enabled", YamlScalar.bool(v)));
        eb.putStringIfPresent("default", e.defaultVariant());
        e.rollout().ifPresent(r -> writeRollout(eb, r));
        envs.put(name, eb.build());
      });
      m.put("environments", envs.build());
    }
    flag.targeting().ifPresent(t -> m.put("targeting", Trees.yaml(Trees.parseJson(t))));
    return m.build();
  }

  private static void writeRollout(YamlMapping.Builder m, Rollout rollout) {
    YamlMapping.Builder w = YamlMapping.builder();
    rollout.weights().forEach((variant, weight) -> w.put(variant, YamlScalar.integer(weight)));
    m.put("rollout", w.build());
    rollout.bucketBy().ifPresent(b -> m.put("bucket-by", b));
  }

  private static boolean isBooleanDefault(Map<String, Object> variants) {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("on", true);
    expected.put("off", false);
    return variants.equals(expected) && List.copyOf(variants.keySet()).equals(List.of("on", "off"));
  }
}
