package dev.devopskit.github.rules;

import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.github.workflow.Job;
import dev.devopskit.github.workflow.Matrix;
import dev.devopskit.github.workflow.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a job's {@code matrix.<name>} takes, read from the literal matrix (its dimension less the values an
 * {@code exclude} entry of that key alone removes, and the {@code include} entries that set it), so a rule can judge a value such as {@code image: ${{ matrix.image }}} by
 * what it becomes.
 */
final class MatrixValues {
  private static final Pattern MATRIX_REFERENCE = Pattern.compile("\\$\\{\\{\\s*matrix\\.([A-Za-z_][\\w-]*)\\s*}}");

  private MatrixValues() {}

  /** The matrix key a text consists of ({@code ${{ matrix.image }}}), if it is one such reference and no more. */
  static Optional<String> reference(String text) {
    Matcher m = MATRIX_REFERENCE.matcher(text.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The texts {@code matrix.<name>} takes in the job: none when the job has no such key; empty when the matrix is
   * computed ({@code fromJSON}) or a value is not a plain scalar, so that nothing certain can be said.
   */
  static Optional<List<String>> of(Job job, String name) {
    Optional<Matrix> matrix = job.strategy().flatMap(Strategy::matrix);
    if (job.strategy().flatMap(Strategy::expression).isPresent()
        || matrix.flatMap(Matrix::expression).isPresent()
        || matrix.flatMap(Matrix::includeExpression).isPresent()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    if (matrix.isEmpty()) {
      return Optional.of(values);
    }
    YamlNode dimension = matrix.get().dimensions().get(name);
    if (dimension != null && !add(dimension, values)) {
      return Optional.empty();
    }
    // An exclude entry that names only this key takes its value out of every combination.
    for (Map<String, YamlNode> entry : matrix.get().exclude()) {
      YamlNode value = entry.get(name);
      if (value != null && entry.size() == 1) {
        value.asScalar().flatMap(YamlNode::text).ifPresent(values::remove);
      }
    }
    for (Map<String, YamlNode> entry : matrix.get().include()) {
      YamlNode value = entry.get(name);
      if (value != null && !add(value, values)) {
        return Optional.empty();
      }
    }
    return Optional.of(values);
  }

  /** Adds a dimension's scalar values (or one scalar); false when they are an expression or not scalars. */
  private static boolean add(YamlNode node, List<String> values) {
    if (node.asSequence().isPresent()) {
      for (YamlNode item : node.asSequence().get().items()) {
        Optional<String> text = item.asScalar().flatMap(YamlNode::text);
        if (text.isEmpty() || text.get().contains("${{")) {
          return false;
        }
        values.add(text.get());
      }
      return true;
    }
    Optional<String> text = node.asScalar().flatMap(YamlNode::text);
    if (text.isEmpty() || text.get().contains("${{")) {
      return false;
    }
    values.add(text.get());
    return true;
  }
}
