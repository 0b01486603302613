package dev.devopskit.core.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.devopskit.core.value.ValueText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes a set of generated files into a repository safely: a file that was edited by hand since devops-kit wrote
 * it (or that devops-kit never wrote) is not overwritten unless forced; a second run with the same files changes
 * nothing; every file is replaced atomically, and the record of what was generated is updated after each file, so
 * a failure midway leaves every file either old or new and the next run knows which.
 *
 * <p>The record is {@code .devops-kit/generated.json}: the SHA-256 of each file as devops-kit last wrote it.
 *
 * <pre>{@code
 * Generation generation = Generation.in(repositoryRoot);
 * Generation.Plan plan = generation.plan(files);         // what would happen, with diffs (a dry run)
 * generation.apply(files, false);                       // writes what is safe to write
 * }</pre>
 */
public final class Generation {
  /** Where the record of generated files lives, relative to the root. */
  public static final String RECORD = ".devops-kit/generated.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final Path root;
  private final Map<String, String> record;

  private Generation(Path root, Map<String, String> record) {
    this.root = root;
    this.record = record;
  }

  /** The generation state of a repository (an unreadable record counts as empty: nothing is known generated). */
  public static Generation in(Path root) {
    Map<String, String> record = new TreeMap<>();
    Path file = root.resolve(RECORD);
    if (Files.isRegularFile(file)) {
      try {
        JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("files");
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> entry = fields.next();
          record.put(entry.getKey(), entry.getValue().asText());
        }
      } catch (IOException | RuntimeException e) {
        record.clear();
      }
    }
    return new Generation(root, record);
  }

  /** What happens to one file. */
  public enum Action {
    /** The file does not exist: it is written. */
    CREATE,
    /** devops-kit wrote it and nobody changed it since: it is replaced. */
    UPDATE,
    /** It already has exactly this text: nothing is written. */
    UNCHANGED,
    /** It was edited by hand, or was not written by devops-kit: it is kept (use force to overwrite). */
    KEEP_EDITED,
    /** It was edited by hand or not written by devops-kit, and force was given: it is overwritten. */
    OVERWRITE
  }

  /** One file of a plan: the action, and the diff from the file on disk to the new text when they differ. */
  public record Step(GeneratedFile file, Action action, Optional<String> diff) {
    /** One line for people: {@code create docker/Dockerfile}. */
    public String describe() {
      switch (action) {
        case CREATE:
          return "create    " + file.path();
        case UPDATE:
          return "update    " + file.path();
        case UNCHANGED:
          return "unchanged " + file.path();
        case OVERWRITE:
          return "overwrite " + file.path() + " (edited by hand; --force given)";
        default:
          return "keep      " + file.path() + " (edited by hand or not generated; --force overwrites it)";
      }
    }

    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  /** What a generation does or did. */
  public record Plan(List<Step> steps) {
    /** The steps that keep a hand-edited file. */
    public List<Step> conflicts() {
      return steps.stream().filter(s -> s.action() == Action.KEEP_EDITED).toList();
    }

    /** Whether nothing is written. */
    public boolean unchanged() {
      return steps.stream().allMatch(s -> s.action() == Action.UNCHANGED || s.action() == Action.KEEP_EDITED);
    }

    /** The plan as text: one line per file, then the diffs. */
    public String describe(boolean withDiffs) {
      StringBuilder out = new StringBuilder();
      steps.forEach(s -> out.append(s.describe()).append('\n'));
      if (withDiffs) {
        steps.forEach(s -> s.diff().ifPresent(d -> out.append('\n').append(d)));
      }
      return out.toString();
    }

    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  /** What writing these files would do (a dry run). */
  public Plan plan(List<GeneratedFile> files) throws IOException {
    return plan(files, false);
  }

  /** What writing these files would do, with or without force. */
  public Plan plan(List<GeneratedFile> files, boolean force) throws IOException {
    List<Step> steps = new ArrayList<>();
    for (GeneratedFile file : files) {
      Optional<String> current = file.current(root);
      if (current.isEmpty()) {
        steps.add(new Step(file, Action.CREATE, Optional.empty()));
        continue;
      }
      if (current.get().equals(file.text())) {
        steps.add(new Step(file, Action.UNCHANGED, Optional.empty()));
        continue;
      }
      Optional<String> diff = file.drift(root);
      String recorded = record.get(file.path());
      boolean untouched = recorded != null && recorded.equals(sha256(current.get()));
      Action action = untouched ? Action.UPDATE : force ? Action.OVERWRITE : Action.KEEP_EDITED;
      steps.add(new Step(file, action, diff));
    }
    return new Plan(steps);
  }

  /** Writes the files that are safe to write (all of them with {@code force}) and returns what was done. */
  public Plan apply(List<GeneratedFile> files, boolean force) throws IOException {
    Plan plan = plan(files, force);
    for (Step step : plan.steps()) {
      if (step.action() == Action.CREATE || step.action() == Action.UPDATE || step.action() == Action.OVERWRITE) {
        step.file().write(root);
        remember(step.file());
      } else if (step.action() == Action.UNCHANGED && !record.containsKey(step.file().path())) {
        remember(step.file());
      }
    }
    return plan;
  }

  private void remember(GeneratedFile file) throws IOException {
    record.put(file.path(), sha256(file.text()));
    ObjectNode node = JSON.createObjectNode();
    node.put("comment", "Files devops-kit generated, with the SHA-256 of the text it wrote; do not edit.");
    ObjectNode files = node.putObject("files");
    record.forEach(files::put);
    GeneratedFile.of(RECORD, JSON.writeValueAsString(node) + "\n").write(root);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
