package dev.devopskit.github.workflow;

import dev.devopskit.core.value.DevOpsStyle;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.core.yaml.YamlSequence;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A build {@code matrix}: dimensions with their values, extra combinations ({@code include}) and left-out ones
 * ({@code exclude}); or the whole matrix as one expression such as {@code ${{ fromJSON(needs.plan.outputs.matrix) }}}.
 *
 * <p>Values are YAML nodes because a matrix value may be a string, a number, a boolean, a list or a mapping.
 *
 * <pre>{@code
 * Matrix.of("node", "18", "20", "22")
 * }</pre>
 */
@Value.Immutable
@DevOpsStyle
public abstract class Matrix implements WithMatrix {
  /** The most combinations GitHub runs for one job. */
  public static final int MAX_COMBINATIONS = 256;

  /** The whole matrix as one expression; when present, the other attributes are empty. */
  public abstract Optional<String> expression();

  /** The dimensions: each a sequence of values or one expression. */
  public abstract Map<String, YamlNode> dimensions();

  /** Combinations added to (or extending) the product of the dimensions. */
  public abstract List<Map<String, YamlNode>> include();

  /** {@code include} as one expression. */
  public abstract Optional<String> includeExpression();

  /** Combinations taken out of the product. */
  public abstract List<Map<String, YamlNode>> exclude();

  /** {@code exclude} as one expression. */
  public abstract Optional<String> excludeExpression();

  /** A matrix with one dimension of string values. */
  public static Matrix of(String dimension, String... values) {
    return builder().putDimension(dimension, YamlSequence.ofStrings(List.of(values))).build();
  }

  /** A matrix given by one expression. */
  public static Matrix expression(String expression) {
    return builder().expression(expression).build();
  }

  /** A copy with one more dimension of string values. */
  public Matrix withDimension(String dimension, String... values) {
    return builder().from(this).putDimension(dimension, YamlSequence.ofStrings(List.of(values))).build();
  }

  /** The number of combinations of the dimensions (without include and exclude); empty when an expression decides. */
  public Optional<Long> combinations() {
    if (expression().isPresent()) {
      return Optional.empty();
    }
    long product = dimensions().isEmpty() ? 0 : 1;
    for (YamlNode values : dimensions().values()) {
      if (!(values instanceof YamlSequence)) {
        return Optional.empty();
      }
      product *= ((YamlSequence) values).size();
      product = Math.min(product, Integer.MAX_VALUE);
    }
    return Optional.of(product);
  }

  /** Starts a matrix. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds matrices. */
  public static final class Builder extends ImmutableMatrix.Builder {
    /** Adds a dimension of string values. */
    public Builder dimension(String name, String... values) {
      return putDimension(name, YamlSequence.ofStrings(List.of(values)));
    }

    /** Adds a dimension given by an expression. */
    public Builder dimensionExpression(String name, String expression) {
      return putDimension(name, YamlScalar.string(expression));
    }
  }

  @Value.Check
  protected void check() {
    boolean parts = !dimensions().isEmpty() || !include().isEmpty() || !exclude().isEmpty()
        || includeExpression().isPresent() || excludeExpression().isPresent();
    if (expression().isPresent() && parts) {
      throw new IllegalArgumentException("matrix is either one expression or dimensions with include/exclude, not both");
    }
    if (!include().isEmpty() && includeExpression().isPresent()) {
      throw new IllegalArgumentException("matrix.include is either a list or one expression, not both");
    }
    if (!exclude().isEmpty() && excludeExpression().isPresent()) {
      throw new IllegalArgumentException("matrix.exclude is either a list or one expression, not both");
    }
    for (String name : dimensions().keySet()) {
      if (name.equals("include") || name.equals("exclude")) {
        throw new IllegalArgumentException("matrix dimension '" + name + "' is reserved; use include()/exclude()");
      }
    }
    long count = combinations().orElse(0L) + include().size();
    if (count > MAX_COMBINATIONS) {
      throw new IllegalArgumentException("matrix has " + count + " combinations, more than GitHub's limit of "
          + MAX_COMBINATIONS + "; split the job or remove values");
    }
  }
}
