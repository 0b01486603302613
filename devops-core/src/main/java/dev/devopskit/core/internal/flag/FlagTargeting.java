package dev.devopskit.core.internal.flag;

import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.Rollout;
import dev.devopskit.core.flag.TargetingRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A flag's targeting as one JsonLogic expression in flagd's dialect: rules become an {@code if} chain, a rollout a
 * {@code fractional}. In-process evaluation and the flagd export both use it, so they cannot disagree.
 */
public final class FlagTargeting {
  private static final int CACHE_SIZE = 4096;
  private static final java.util.concurrent.ConcurrentHashMap<String, Object> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private FlagTargeting() {}

  /** Parsed JsonLogic of imported targeting, cached by text (the trees are never modified). */
  private static Object parsed(String json) {
    Object tree = PARSED.get(json);
    if (tree == null) {
      tree = Trees.parseJson(json);
      if (PARSED.size() >= CACHE_SIZE) {
        PARSED.clear();
      }
      if (tree != null) {
        PARSED.put(json, tree);
      }
    }
    return tree;
  }

  /** The expression for a flag in an environment, empty when nothing targets. */
  public static Optional<Object> of(FeatureFlag flag, Optional<String> environment) {
    if (flag.targeting().isPresent()) {
      return Optional.ofNullable(parsed(flag.targeting().get()));
    }
    Optional<Object> split = flag.rolloutIn(environment).map(r -> fractional(r));
    if (flag.rules().isEmpty()) {
      return split;
    }
    List<Object> chain = new ArrayList<>();
    for (TargetingRule rule : flag.rules()) {
      chain.add(condition(rule));
      chain.add(rule.variant());
    }
    chain.add(split.orElse(null));
    return Optional.of(Map.of("if", chain));
  }

  private static Object condition(TargetingRule rule) {
    Map<String, Object> var = Map.of("var", rule.attribute());
    String first = rule.values().get(0);
    switch (rule.operator()) {
      case EQUALS:
        return Map.of("==", List.of(var, first));
      case IN:
        return Map.of("in", List.of(var, List.copyOf(rule.values())));
      case STARTS_WITH:
        return Map.of("starts_with", List.of(var, first));
      case ENDS_WITH:
        return Map.of("ends_with", List.of(var, first));
      default:
        return Map.of("sem_ver", List.of(var, rule.comparison().orElse("="), first));
    }
  }

  private static Object fractional(Rollout rollout) {
    List<Object> args = new ArrayList<>();
    rollout.bucketBy().ifPresent(attribute -> args.add(Map.of("cat",
        List.of(Map.of("var", "$flagd.flagKey"), Map.of("var", attribute)))));
    rollout.weights().forEach((variant, weight) -> args.add(List.of(variant, (long) weight)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fractional", args);
    return out;
  }
}
