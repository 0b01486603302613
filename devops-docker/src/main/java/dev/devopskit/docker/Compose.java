package dev.devopskit.docker;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.secret.StringSite;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.value.ValueText;
import dev.devopskit.core.yaml.YamlStrings;
import dev.devopskit.docker.compose.ComposeFile;
import dev.devopskit.docker.compose.Interpolation;
import dev.devopskit.docker.internal.compose.ComposeReader;
import dev.devopskit.docker.internal.compose.ComposeWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for Compose files: build, write and read them.
 *
 * <pre>{@code
 * ComposeFile file = ComposeFile.builder()
 *     .putService("db", Service.builder().image("postgres:17-alpine").build()).build();
 * String yaml = Compose.text(file);                      // with the standard header
 * Compose.write(file, repositoryRoot);                    // docker-compose.yml, atomically
 * Parsed<ComposeFile> read = Compose.read(Path.of("docker-compose.yml"));   // never throws
 * }</pre>
 */
public final class Compose {
  /** The conventional file name. */
  public static final String DEFAULT_PATH = "docker-compose.yml";

  private Compose() {}

  /** Canonical compose YAML, with the standard header. */
  public static String text(ComposeFile file) {
    return text(file, WriteOptions.defaults());
  }

  /** Canonical compose YAML, with the given header options. */
  public static String text(ComposeFile file, WriteOptions options) {
    return ComposeWriter.write(file, options.header());
  }

  /** The compose file at {@link #DEFAULT_PATH}, with the standard header. */
  public static GeneratedFile file(ComposeFile file) {
    return file(file, WriteOptions.defaults());
  }

  /** The compose file at {@link #DEFAULT_PATH}, with the given header options. */
  public static GeneratedFile file(ComposeFile file, WriteOptions options) {
    return GeneratedFile.of(DEFAULT_PATH, text(file, options));
  }

  /** Writes {@link #DEFAULT_PATH} under a repository root atomically; returns the file written. */
  public static Path write(ComposeFile file, Path repositoryRoot) throws IOException {
    return file(file).write(repositoryRoot);
  }

  /** A unified diff from the committed {@link #DEFAULT_PATH} to what the compose file writes; empty when current. */
  public static Optional<String> drift(ComposeFile file, Path repositoryRoot) throws IOException {
    return file(file).drift(repositoryRoot);
  }

  /**
   * Canonical compose YAML, without a header.
   *
   * @deprecated use {@link #text(ComposeFile, WriteOptions)} with {@link WriteOptions#noHeader()}; kept for one
   *     release
   */
  @Deprecated(forRemoval = true)
  public static String write(ComposeFile file) {
    return text(file, WriteOptions.noHeader());
  }

  /**
   * Canonical compose YAML with a header comment.
   *
   * @deprecated use {@link #text(ComposeFile, WriteOptions)} with {@link WriteOptions#header(String)}; kept for one
   *     release
   */
  @Deprecated(forRemoval = true)
  public static String write(ComposeFile file, String header) {
    return text(file, WriteOptions.header(header));
  }

  /** Reads a compose file; never throws: problems are findings with their line. */
  public static Parsed<ComposeFile> read(SourceFile source) {
    return ComposeReader.read(source);
  }

  /** Reads a compose file from disk; never throws (an unreadable file gives a finding). */
  public static Parsed<ComposeFile> read(Path file) {
    return Sources.read(file, Compose::read);
  }

  /**
   * Reads a compose file, converting the version 1 format: a file whose services are at the top level (no
   * {@code services} key) reads as if they were under {@code services}, so that {@link #text(ComposeFile)} prints it in the
   * current format. Any other file reads as with {@link #read}. ({@link #read} reports a version 1 file with one
   * {@code compose/version-1} error and keeps its top-level keys as written.)
   */
  public static Parsed<ComposeFile> readConvertingVersion1(SourceFile source) {
    return ComposeReader.readConvertingVersion1(source);
  }

  /** The YAML tree the writer writes for a compose file (for rules and tools that walk its strings). */
  public static dev.devopskit.core.yaml.YamlMapping tree(ComposeFile file) {
    return ComposeWriter.tree(file);
  }

  /** A variable used somewhere in a compose file, with where it is. */
  public record VariableUse(StringSite site, Interpolation.Variable variable) {
    /** The record's text, with secrets redacted: {@link ValueText}. */
    @Override
    public String toString() {
      return ValueText.of(this);
    }
  }

  /** Every variable the file uses, in document order (strings whose interpolation is broken are skipped). */
  public static List<VariableUse> variables(ComposeFile file) {
    List<VariableUse> out = new ArrayList<>();
    for (StringSite site : YamlStrings.of(ComposeWriter.tree(file))) {
      try {
        for (Interpolation.Variable v : Interpolation.parse(site.value()).variables()) {
          out.add(new VariableUse(site, v));
        }
      } catch (IllegalArgumentException e) {
        // reported by the reader
      }
    }
    return out;
  }
}
