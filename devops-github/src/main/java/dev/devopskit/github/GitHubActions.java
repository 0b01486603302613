package dev.devopskit.github;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.github.internal.yaml.WorkflowReader;
import dev.devopskit.github.internal.yaml.WorkflowWriter;
import dev.devopskit.github.workflow.Workflow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * GitHub Actions workflows in and out: the entry point of devops-github.
 *
 * <pre>{@code
 * Workflow ci = Workflow.builder().name("CI")...build();
 * String yaml = GitHubActions.text(ci);                        // the text, with the standard header
 * GeneratedFile file = GitHubActions.file(ci);                  // .github/workflows/ci.yml and its text
 * GitHubActions.write(ci, repositoryRoot);                      // writes that file, atomically
 * Optional<String> diff = GitHubActions.drift(ci, repositoryRoot);   // empty when the committed file is current
 * Parsed<Workflow> read = GitHubActions.read(Path.of(".github/workflows/ci.yml"));   // never throws
 * CheckResult result = Policy.defaults().check(read);          // the rules, with the reader's positions
 * }</pre>
 *
 * <p>Every entry class has these verbs: {@code text}, {@code file}, {@code write}, {@code drift}, {@code read}.
 */
public final class GitHubActions {
  private static final WorkflowFormat FORMAT = new WorkflowFormat();

  private GitHubActions() {}

  /** The {@code github-workflow} format (reader, writer, rules). */
  public static WorkflowFormat format() {
    return FORMAT;
  }

  /** Reads a workflow from its text; never throws on bad input. */
  public static Parsed<Workflow> read(SourceFile source) {
    return WorkflowReader.read(source);
  }

  /** Reads a workflow file from disk; never throws on bad input (an unreadable file gives a finding). */
  public static Parsed<Workflow> read(Path file) {
    return Sources.read(file, GitHubActions::read);
  }

  /** The YAML of a workflow, with the standard header. */
  public static String text(Workflow workflow) {
    return text(workflow, WriteOptions.defaults());
  }

  /** The YAML of a workflow, with the given options. */
  public static String text(Workflow workflow, WriteOptions options) {
    return WorkflowWriter.write(workflow, options.header());
  }

  /**
   * The YAML of a workflow, with the standard header.
   *
   * @deprecated use {@link #text(Workflow)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String yaml(Workflow workflow) {
    return text(workflow);
  }

  /**
   * The YAML of a workflow, with the given options.
   *
   * @deprecated use {@link #text(Workflow, WriteOptions)}; kept for one release
   */
  @Deprecated(forRemoval = true)
  public static String yaml(Workflow workflow, WriteOptions options) {
    return text(workflow, options);
  }

  /**
   * The YAML tree the writer writes for a workflow, with keys in the writer's order; its paths are the workflow's
   * {@link dev.devopskit.core.source.DocPath}s (for example to scan every string with
   * {@link dev.devopskit.core.yaml.YamlStrings}).
   */
  public static YamlMapping tree(Workflow workflow) {
    return WorkflowWriter.tree(workflow);
  }

  /** The path of a workflow in a repository: {@code .github/workflows/<file name>}. */
  public static String path(Workflow workflow) {
    return ".github/workflows/" + workflow.effectiveFileName();
  }

  /** The workflow as a file to write, at its path, with the standard header. */
  public static GeneratedFile file(Workflow workflow) {
    return file(workflow, WriteOptions.defaults());
  }

  /** The workflow as a file to write, at its path, with the given options. */
  public static GeneratedFile file(Workflow workflow, WriteOptions options) {
    return GeneratedFile.of(path(workflow), text(workflow, options));
  }

  /** Writes {@code .github/workflows/<file name>} under a repository root atomically; returns the file written. */
  public static Path write(Workflow workflow, Path repositoryRoot) throws IOException {
    return write(workflow, repositoryRoot, WriteOptions.defaults());
  }

  /** Writes the workflow under a repository root atomically with the given options. */
  public static Path write(Workflow workflow, Path repositoryRoot, WriteOptions options) throws IOException {
    return file(workflow, options).write(repositoryRoot);
  }

  /**
   * Whether the committed file is what the workflow writes: empty when it is, else a unified diff from the file on
   * disk to the expected text. Use it in a test to keep committed YAML in step with its Java definition.
   */
  public static Optional<String> drift(Workflow workflow, Path repositoryRoot) throws IOException {
    return drift(workflow, repositoryRoot, WriteOptions.defaults());
  }

  /** The drift of the committed file from the workflow written with the given options. */
  public static Optional<String> drift(Workflow workflow, Path repositoryRoot, WriteOptions options)
      throws IOException {
    return file(workflow, options).drift(repositoryRoot);
  }
}
