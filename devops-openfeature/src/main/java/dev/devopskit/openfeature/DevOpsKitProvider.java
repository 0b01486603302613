package dev.devopskit.openfeature;

import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.FlagSet;
import dev.devopskit.flags.Evaluation;
import dev.devopskit.flags.EvaluationReason;
import dev.devopskit.flags.FlagErrorCode;
import dev.devopskit.flags.FlagEvaluator;
import dev.devopskit.flags.FlagSource;
import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.EventProvider;
import dev.openfeature.sdk.Metadata;
import dev.openfeature.sdk.MutableStructure;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.ProviderEventDetails;
import dev.openfeature.sdk.Structure;
import dev.openfeature.sdk.Value;
import dev.devopskit.core.secret.Redaction;
import dev.devopskit.openfeature.internal.FileWatch;
import dev.openfeature.sdk.ImmutableMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An OpenFeature provider backed by a devops-kit {@link FlagSource}: the flag file, flagd definitions, a database or
 * {@code FEATURE_*} variables. Flags evaluate exactly as {@link FlagEvaluator} evaluates them in-process.
 *
 * <pre>{@code
 * DevOpsKitProvider provider = DevOpsKitProvider.of(FlagSource.file(Path.of("flags.yaml")), "production");
 * OpenFeatureAPI.getInstance().setProviderAndWait(provider);
 * Client client = OpenFeatureAPI.getInstance().getClient();
 * boolean on = client.getBooleanValue("new-checkout", false, new ImmutableContext("jon@example.com"));
 * provider.refresh();   // reloads the source; emits PROVIDER_CONFIGURATION_CHANGED with the changed keys
 * }</pre>
 *
 * <p>Reasons are OpenFeature's: {@code STATIC}, {@code TARGETING_MATCH}, {@code SPLIT}, {@code DEFAULT},
 * {@code DISABLED}, and {@code ERROR} with {@code FLAG_NOT_FOUND}, {@code TYPE_MISMATCH} or {@code PARSE_ERROR}.
 */
public final class DevOpsKitProvider extends EventProvider {
  /** The provider's name in OpenFeature's metadata. */
  public static final String NAME = "devops-kit";

  private final FlagSource source;
  private final FlagEvaluator evaluator;
  private volatile FlagSet flags = FlagSet.empty();
  private Optional<Path> watched = Optional.empty();
  private Duration debounce = Duration.ZERO;
  private volatile FileWatch watch;
  private volatile boolean stale;

  private DevOpsKitProvider(FlagSource source, FlagEvaluator evaluator) {
    this.source = Objects.requireNonNull(source, "source");
    this.evaluator = evaluator;
  }

  /** A provider over a source, with each flag's own settings. */
  public static DevOpsKitProvider of(FlagSource source) {
    return new DevOpsKitProvider(source, FlagEvaluator.defaults());
  }

  /** A provider over a source, with one environment's settings ({@code production}). */
  public static DevOpsKitProvider of(FlagSource source, String environment) {
    return new DevOpsKitProvider(source, FlagEvaluator.forEnvironment(environment));
  }

  /**
   * A provider over a flag file that reloads it when it changes: once the file has been still for
   * {@code debounce}, the provider reads it and emits {@code PROVIDER_CONFIGURATION_CHANGED} with the changed keys;
   * when the new file cannot be read as flags it emits {@code PROVIDER_STALE} and keeps serving the last good set
   * until a good file comes. The watch runs on daemon threads and ends with {@link #shutdown()}.
   *
   * <pre>{@code
   * OpenFeatureAPI.getInstance().setProviderAndWait(DevOpsKitProvider.watching(Path.of("flags.yaml"),
   *     Duration.ofMillis(500)));
   * }</pre>
   */
  public static DevOpsKitProvider watching(Path file, Duration debounce) {
    Objects.requireNonNull(file, "file");
    if (debounce.isNegative()) {
      throw new IllegalArgumentException("debounce must not be negative, got " + debounce);
    }
    DevOpsKitProvider provider = new DevOpsKitProvider(FlagSource.file(file), FlagEvaluator.defaults());
    provider.watched = Optional.of(file);
    provider.debounce = debounce;
    return provider;
  }

  /** A provider over fixed flags. */
  public static DevOpsKitProvider of(FlagSet flags) {
    return of(FlagSource.of(flags));
  }

  @Override
  public Metadata getMetadata() {
    return () -> NAME;
  }

  /** Loads the flags and, for {@link #watching}, starts the watch; OpenFeature calls it when the provider is set. */
  @Override
  public void initialize(EvaluationContext context) throws Exception {
    flags = source.load();
    if (watched.isPresent() && watch == null) {
      watch = FileWatch.start(watched.get(), debounce, this::reload);
    }
  }

  /** Stops the file watch, if any; OpenFeature calls it when the provider is replaced or the API shuts down. */
  @Override
  public void shutdown() {
    FileWatch running = watch;
    watch = null;
    if (running != null) {
      running.close();
    }
  }

  /** A reload the watch asked for: a file that cannot be read leaves the last good flags serving, stale. */
  private void reload() {
    try {
      boolean wasStale = stale;
      stale = false;
      refreshQuietly();
      if (wasStale) {
        emitProviderReady(ProviderEventDetails.builder().message("flags read again").build());
      }
    } catch (IOException | RuntimeException e) {
      stale = true;
      emitProviderStale(ProviderEventDetails.builder().message(Redaction.redactSecrets(
          "the flag file cannot be read; serving the last good flags: " + e.getMessage())).build());
    }
  }

  /** The flags the provider currently serves. */
  public FlagSet flags() {
    return flags;
  }

  /**
   * Reads the source again. When flags changed, emits {@code PROVIDER_CONFIGURATION_CHANGED} with the changed keys
   * (added, removed or modified); when the source fails, emits {@code PROVIDER_ERROR} and keeps serving the last
   * flags.
   *
   * @return the keys that changed, sorted
   * @throws IOException when the source cannot be read
   */
  public List<String> refresh() throws IOException {
    try {
      return refreshQuietly();
    } catch (IOException e) {
      emitProviderError(ProviderEventDetails.builder().message("reading flags failed: " + e.getMessage())
          .errorCode(ErrorCode.GENERAL).build());
      throw e;
    }
  }

  private List<String> refreshQuietly() throws IOException {
    FlagSet next = source.load();
    List<String> changed = changedKeys(flags, next);
    flags = next;
    if (!changed.isEmpty()) {
      emitProviderConfigurationChanged(ProviderEventDetails.builder().flagsChanged(changed)
          .message(changed.size() + " flag(s) changed").build());
    }
    return changed;
  }

  private static List<String> changedKeys(FlagSet before, FlagSet after) {
    TreeSet<String> keys = new TreeSet<>(before.keys());
    keys.addAll(after.keys());
    List<String> changed = new ArrayList<>();
    for (String key : keys) {
      if (!before.flag(key).equals(after.flag(key))) {
        changed.add(key);
      }
    }
    return changed;
  }

  @Override
  public ProviderEvaluation<Boolean> getBooleanEvaluation(String key, Boolean defaultValue, EvaluationContext ctx) {
    return evaluate(key, defaultValue, ctx, "boolean", v -> v instanceof Boolean ? (Boolean) v : null);
  }

  @Override
  public ProviderEvaluation<String> getStringEvaluation(String key, String defaultValue, EvaluationContext ctx) {
    return evaluate(key, defaultValue, ctx, "string", v -> v instanceof String ? (String) v : null);
  }

  @Override
  public ProviderEvaluation<Integer> getIntegerEvaluation(String key, Integer defaultValue, EvaluationContext ctx) {
    return evaluate(key, defaultValue, ctx, "integer", v -> {
      if (v instanceof Long && (Long) v >= Integer.MIN_VALUE && (Long) v <= Integer.MAX_VALUE) {
        return ((Long) v).intValue();
      }
      return null;
    });
  }

  @Override
  public ProviderEvaluation<Double> getDoubleEvaluation(String key, Double defaultValue, EvaluationContext ctx) {
    return evaluate(key, defaultValue, ctx, "double", v -> v instanceof Number ? ((Number) v).doubleValue() : null);
  }

  @Override
  public ProviderEvaluation<Value> getObjectEvaluation(String key, Value defaultValue, EvaluationContext ctx) {
    return evaluate(key, defaultValue, ctx, "object", DevOpsKitProvider::toValue);
  }

  private <T> ProviderEvaluation<T> evaluate(String key, T defaultValue, EvaluationContext ctx, String type,
      Function<Object, T> convert) {
    Evaluation evaluation = evaluator.evaluate(flags, key, context(ctx));
    if (evaluation.failed()) {
      return error(defaultValue, errorCode(evaluation.errorCode().get()), evaluation.errorMessage().orElse(""));
    }
    if (evaluation.value().isEmpty()) {
      return ProviderEvaluation.<T>builder().value(defaultValue).reason(evaluation.reason().name())
          .flagMetadata(metadata(key)).build();
    }
    T value = convert.apply(evaluation.value().get());
    if (value == null) {
      String actual = flags.flag(key).map(FeatureFlag::variantType).map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).orElse("?");
      return error(defaultValue, ErrorCode.TYPE_MISMATCH, "flag '" + key + "' has " + actual
          + " variants, not " + type + "; ask with the matching method or change the flag's variants");
    }
    return ProviderEvaluation.<T>builder().value(value).variant(evaluation.variant().orElse(null))
        .reason(evaluation.reason().name()).flagMetadata(metadata(key)).build();
  }

  /** What the flag model says about a flag beyond its value: owner, kind and remove-by date, when declared. */
  private ImmutableMetadata metadata(String key) {
    ImmutableMetadata.ImmutableMetadataBuilder metadata = ImmutableMetadata.builder();
    flags.flag(key).ifPresent(flag -> {
      flag.owner().ifPresent(owner -> metadata.addString("owner", owner));
      metadata.addString("kind", flag.kind().id());
      flag.removeBy().ifPresent(date -> metadata.addString("remove-by", date.toString()));
    });
    return metadata.build();
  }

  private static <T> ProviderEvaluation<T> error(T defaultValue, ErrorCode code, String message) {
    return ProviderEvaluation.<T>builder().value(defaultValue).reason(EvaluationReason.ERROR.name())
        .errorCode(code).errorMessage(message).build();
  }

  private static ErrorCode errorCode(FlagErrorCode code) {
    switch (code) {
      case FLAG_NOT_FOUND:
        return ErrorCode.FLAG_NOT_FOUND;
      case TYPE_MISMATCH:
        return ErrorCode.TYPE_MISMATCH;
      case PARSE_ERROR:
        return ErrorCode.PARSE_ERROR;
      case TARGETING_KEY_MISSING:
        return ErrorCode.TARGETING_KEY_MISSING;
      default:
        return ErrorCode.GENERAL;
    }
  }

  private static dev.devopskit.flags.EvaluationContext context(EvaluationContext ctx) {
    if (ctx == null) {
      return dev.devopskit.flags.EvaluationContext.empty();
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (String name : ctx.keySet()) {
      Object plain = plain(ctx.getValue(name));
      if (plain != null) {
        attributes.put(name, plain);
      }
    }
    Optional.ofNullable(ctx.getTargetingKey()).filter(k -> !k.isEmpty())
        .ifPresent(k -> attributes.put(dev.devopskit.flags.EvaluationContext.TARGETING_KEY, k));
    return dev.devopskit.flags.EvaluationContext.ofAttributes(attributes);
  }

  private static Object plain(Value value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isStructure()) {
      Map<String, Object> out = new LinkedHashMap<>();
      Structure structure = value.asStructure();
      for (String name : structure.keySet()) {
        out.put(name, plain(structure.getValue(name)));
      }
      return out;
    }
    if (value.isList()) {
      List<Object> out = new ArrayList<>();
      value.asList().forEach(v -> out.add(plain(v)));
      return out;
    }
    if (value.isInstant()) {
      Instant instant = value.asInstant();
      return instant.getEpochSecond();
    }
    if (value.isNumber()) {
      Double d = value.asDouble();
      return d != null && d == Math.rint(d) && Math.abs(d) < 9e15 ? (Object) d.longValue() : (Object) d;
    }
    return value.asObject();
  }

  private static Value toValue(Object object) {
    if (object == null) {
      return new Value();
    }
    if (object instanceof Boolean) {
      return new Value((Boolean) object);
    }
    if (object instanceof String) {
      return new Value((String) object);
    }
    if (object instanceof Long) {
      long l = (Long) object;
      return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? new Value((int) l) : new Value((double) l);
    }
    if (object instanceof Number) {
      return new Value(((Number) object).doubleValue());
    }
    if (object instanceof Map) {
      Map<String, Value> map = new LinkedHashMap<>();
      ((Map<?, ?>) object).forEach((k, v) -> map.put(String.valueOf(k), toValue(v)));
      return new Value(new MutableStructure(map));
    }
    if (object instanceof List) {
      List<Value> list = new ArrayList<>();
      ((List<?>) object).forEach(v -> list.add(toValue(v)));
      return new Value(list);
    }
    return new Value(String.valueOf(object));
  }
}
