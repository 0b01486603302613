package dev.devopskit.core.policy;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A baseline: the fingerprints of findings a team accepted when it adopted a rule, one per line, each followed by
 * the rule and file for people who read it. Lines starting with {@code #} are comments.
 */
public final class Baseline {
  private Baseline() {}

  /** Reads the fingerprints of a baseline file. */
  public static Set<String> read(Path file) throws IOException {
    Set<String> fingerprints = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int space = trimmed.indexOf(' ');
      fingerprints.add(space < 0 ? trimmed : trimmed.substring(0, space));
    }
    return fingerprints;
  }

  /** The text of a baseline for these findings. */
  public static String write(List<Finding> findings) {
    StringBuilder out = new StringBuilder("# devops-kit baseline: accepted findings, one fingerprint per line.\n"
        + "# Regenerate with: devops check --write-baseline FILE\n");
    findings.stream().sorted().forEach(f -> out.append(f.fingerprint()).append(' ').append(f.ruleId()).append(' ')
        .append(f.location().file().isEmpty() ? "-" : f.location().file()).append('\n'));
    return out.toString();
  }

  /** Writes a baseline file atomically. */
  public static void write(Path file, List<Finding> findings) throws IOException {
    AtomicFile.write(file, write(findings));
  }
}
