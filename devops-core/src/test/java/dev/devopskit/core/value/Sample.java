package dev.devopskit.core.value;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A value type of every attribute shape, for the tests of {@link ValueText}. */
@Value.Immutable
@DevOpsStyle
public abstract class Sample implements WithSample {
  public abstract String name();

  public abstract Optional<String> note();

  public abstract Map<String, String> env();

  public abstract List<String> lines();

  @Masked
  public abstract Optional<String> password();

  public abstract List<Sample> parts();

  @Value.Default
  public int retries() {
    return 0;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableSample.Builder {}
}
