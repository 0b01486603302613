package dev.devopskit.github.conformance;

import dev.devopskit.core.testing.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands what the writer produced to the independent validators that {@code .ci/run} runs: SchemaStore's schema and
 * actionlint. A file whose original the validator rejects in the same way is listed, with the reason, in
 * {@code conformance/schema-exceptions.txt} or {@code conformance/actionlint-exceptions.txt} and not handed over.
 */
final class Oracles {
  private static final Map<String, String> SCHEMA = load("/conformance/schema-exceptions.txt");
  private static final Map<String, String> ACTIONLINT = load("/conformance/actionlint-exceptions.txt");

  private Oracles() {}

  /** Writes a workflow for SchemaStore's schema and for actionlint, unless listed as an exception. */
  static void write(String name, String yaml) {
    String file = name.endsWith(".yml") || name.endsWith(".yaml") ? name : name + ".yml";
    if (!SCHEMA.containsKey(file)) {
      Shared.oracleOutput("schema/github-workflow", file, yaml);
    }
    if (!ACTIONLINT.containsKey(file)) {
      Shared.oracleOutput("actionlint", file, yaml);
    }
  }

  static Map<String, String> load(String resource) {
    Map<String, String> listed = new HashMap<>();
    try (var in = Oracles.class.getResourceAsStream(resource)) {
      if (in == null) {
        return listed;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.split("\t", 2);
          listed.put(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return listed;
  }
}
