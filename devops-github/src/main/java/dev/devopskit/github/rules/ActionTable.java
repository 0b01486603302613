package dev.devopskit.github.rules;

import dev.devopskit.github.workflow.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A table of actions kept as a text resource beside the rules, one action a line: its name ({@code owner/repo} or
 * {@code owner/repo/path}, compared without case) and whitespace-separated columns; {@code #} starts a comment.
 */
final class ActionTable {
  private final Map<String, List<String>> rows;

  private ActionTable(Map<String, List<String>> rows) {
    this.rows = rows;
  }

  /** Reads a table from a resource of this package. */
  static ActionTable load(String resource) {
    Map<String, List<String>> rows = new HashMap<>();
    try (InputStream in = ActionTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from devops-github");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = line.replaceAll("#.*", "").strip();
        if (!text.isEmpty()) {
          String[] parts = text.split("\\s+", 2);
          List<String> columns = parts.length < 2 ? List.of() : Arrays.asList(parts[1].split("\\s+"));
          rows.put(parts[0].toLowerCase(Locale.ROOT), List.copyOf(columns));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ActionTable(Map.copyOf(rows));
  }

  /** The columns of the action a step uses, if the table lists it (at any ref). */
  Optional<List<String>> row(Step step) {
    if (step.uses().isEmpty() || step.uses().get().repository().isEmpty()) {
      return Optional.empty();
    }
    String name = step.uses().get().repository().get() + step.uses().get().path().map(p -> "/" + p).orElse("");
    return Optional.ofNullable(rows.get(name.toLowerCase(Locale.ROOT)));
  }
}
