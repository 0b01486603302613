package dev.devopskit.github;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.files.WriteOptions;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.github.action.Action;
import dev.devopskit.github.internal.yaml.ActionReader;
import dev.devopskit.github.internal.yaml.ActionWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Action metadata files ({@code action.yml}) in and out: composite, Docker and JavaScript actions.
 *
 * <pre>{@code
 * Action setup = Action.builder().name("Setup").description("Installs the toolchain")
 *     .runs(ActionRuns.composite(List.of(Step.run("./setup.sh").withShell("bash")))).build();
 * String yaml = Actions.text(setup);                          // the text, with the standard header
 * Actions.write(setup, Path.of(".github/actions/setup"));     // .github/actions/setup/action.yml, atomically
 * Optional<String> diff = Actions.drift(setup, folder);       // empty when the committed file is current
 * Parsed<Action> read = Actions.read(Path.of("action.yml"));  // never throws; problems are findings
 * }</pre>
 */
public final class Actions {
  /** The file name GitHub looks for first in an action's folder. */
  public static final String FILE_NAME = "action.yml";

  private static final ActionFormat FORMAT = new ActionFormat();

  private Actions() {}

  /** The {@code github-action} format (reader, writer, rules). */
  public static ActionFormat format() {
    return FORMAT;
  }

  /** The YAML of an action, with the standard header. */
  public static String text(Action action) {
    return text(action, WriteOptions.defaults());
  }

  /** The YAML of an action, with the given options. */
  public static String text(Action action, WriteOptions options) {
    return ActionWriter.write(action, options.header());
  }

  /** The action as a file to write: {@code action.yml}, relative to the action's folder. */
  public static GeneratedFile file(Action action) {
    return file(action, WriteOptions.defaults());
  }

  /** The action as a file to write, with the given options. */
  public static GeneratedFile file(Action action, WriteOptions options) {
    return GeneratedFile.of(FILE_NAME, text(action, options));
  }

  /** Writes {@code action.yml} into the action's folder atomically; returns the file written. */
  public static Path write(Action action, Path folder) throws IOException {
    return write(action, folder, WriteOptions.defaults());
  }

  /** Writes {@code action.yml} into the action's folder atomically with the given options. */
  public static Path write(Action action, Path folder, WriteOptions options) throws IOException {
    return file(action, options).write(folder);
  }

  /**
   * Whether the committed {@code action.yml} in the folder is what the action writes: empty when it is, else a
   * unified diff from the file on disk to the expected text.
   */
  public static Optional<String> drift(Action action, Path folder) throws IOException {
    return drift(action, folder, WriteOptions.defaults());
  }

  /** The drift of the committed {@code action.yml} from the action written with the given options. */
  public static Optional<String> drift(Action action, Path folder, WriteOptions options) throws IOException {
    return file(action, options).drift(folder);
  }

  /** Reads an action from its text; never throws on bad input. */
  public static Parsed<Action> read(SourceFile source) {
    return ActionReader.read(source);
  }

  /** Reads an action file from disk; never throws on bad input (an unreadable file gives a finding). */
  public static Parsed<Action> read(Path file) {
    return Sources.read(file, ActionReader::read);
  }
}
