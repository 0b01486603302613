package dev.devopskit.docker.compose;

import dev.devopskit.core.value.ValueText;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service healthcheck. The test is kept as the list form ({@code ["CMD", "pg_isready"]} or
 * {@code ["CMD-SHELL", "curl -f http://localhost/health"]}); a string test is the {@code CMD-SHELL} form.
 *
 * @param test the test; empty when none is given (only options, or {@code disable: true})
 * @param disable whether the image's healthcheck is turned off
 * @param options {@code interval}, {@code timeout}, {@code retries}, {@code start_period}, {@code start_interval}
 */
public record Healthcheck(List<String> test, boolean disable, Map<String, YamlNode> options) {

  /** Validates the test. */
  public Healthcheck {
    test = List.copyOf(test);
    // In the order given (Map.copyOf would iterate in an order that changes from run to run).
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    Objects.requireNonNull(options, "options");
    if (!test.isEmpty() && !List.of("CMD", "CMD-SHELL", "NONE").contains(test.get(0))) {
      throw new IllegalArgumentException("healthcheck test starts with CMD, CMD-SHELL or NONE, not '" + test.get(0)
          + "'");
    }
  }

  /** A test run by the shell, checked every 10 seconds with 5 retries. */
  public static Healthcheck shell(String command) {
    return new Healthcheck(List.of("CMD-SHELL", command), false, defaultOptions());
  }

  /** A test run as a program with arguments, checked every 10 seconds with 5 retries. */
  public static Healthcheck command(String... command) {
    List<String> test = new ArrayList<>();
    test.add("CMD");
    test.addAll(List.of(command));
    return new Healthcheck(test, false, defaultOptions());
  }

  /** Every 10 seconds, 5 seconds each, 5 retries: in this order. */
  private static Map<String, YamlNode> defaultOptions() {
    Map<String, YamlNode> options = new LinkedHashMap<>();
    options.put("interval", YamlScalar.string("10s"));
    options.put("timeout", YamlScalar.string("5s"));
    options.put("retries", YamlScalar.integer(5));
    return options;
  }

  /** Whether this healthcheck actually checks something. */
  public boolean checks() {
    return !disable && !(test.size() == 1 && test.get(0).equals("NONE"));
  }

  /** An option as text ({@code interval}). */
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name)).flatMap(YamlNode::text);
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
