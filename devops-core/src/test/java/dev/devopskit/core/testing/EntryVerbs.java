package dev.devopskit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The promises every entry class makes with its verbs ({@code text}, {@code file}, {@code write}, {@code drift},
 * {@code read}), checked the same way in each module.
 */
public final class EntryVerbs {
  private EntryVerbs() {}

  /** A verb that writes under a root, such as {@code Dockerfiles::write} or {@code Dockerfiles::drift}. */
  @FunctionalInterface
  public interface UnderRoot<T, R> {
    /** The verb applied to a value and a repository root. */
    R apply(T value, Path root) throws IOException;
  }

  /**
   * {@code file} is {@code text} at its path; {@code write} writes exactly that file there; {@code drift} is
   * present before writing, empty after, and a diff after the file changed.
   */
  public static <T> void writes(T value, Function<T, GeneratedFile> file, Function<T, String> text,
      UnderRoot<T, Path> write, UnderRoot<T, java.util.Optional<String>> drift, String path, Path root)
      throws IOException {
    assertThat(file.apply(value).path()).isEqualTo(path);
    assertThat(file.apply(value).text()).isEqualTo(text.apply(value));
    assertThat(drift.apply(value, root)).as("drift before writing").isPresent();
    Path written = write.apply(value, root);
    assertThat(root.relativize(written).toString().replace('\\', '/')).isEqualTo(path);
    assertThat(Files.readString(written)).isEqualTo(text.apply(value));
    assertThat(drift.apply(value, root)).isEmpty();
    Files.writeString(written, "changed\n");
    assertThat(drift.apply(value, root)).hasValueSatisfying(diff -> assertThat(diff).contains("-changed"));
  }

  /**
   * Reading a file from disk gives what reading its text gives; checking what the reader returned with
   * {@code policy.check(parsed)} gives the format's findings at the reader's lines; a missing file gives
   * an error finding and no value, without throwing.
   *
   * @return the findings, for assertions on particular rules
   */
  public static <T> List<Finding> readsAndChecks(Function<Path, Parsed<T>> fromDisk,
      Function<SourceFile, Parsed<T>> fromText, Format<T> format, Path file, String text) throws IOException {
    return readsAndChecks(Policy.defaults(), fromDisk, fromText, format, file, text);
  }

  /** As {@link #readsAndChecks(Function, Function, Format, Path, String)} under a given policy. */
  public static <T> List<Finding> readsAndChecks(Policy policy, Function<Path, Parsed<T>> fromDisk,
      Function<SourceFile, Parsed<T>> fromText, Format<T> format, Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text);
    String display = file.toString().replace('\\', '/');
    Parsed<T> read = fromDisk.apply(file);
    assertThat(read.value()).isEqualTo(fromText.apply(SourceFile.of(display, text)).value());
    List<Finding> checked = policy.check(read).findingList();
    assertThat(checked).as("the checked text gives findings").isNotEmpty();
    assertThat(checked).isEqualTo(policy.check(fromText.apply(SourceFile.of(display, text)), format)
        .findingList());
    assertThat(checked).allSatisfy(f -> assertThat(f.location().file()).isEqualTo(display));
    assertThat(checked).anySatisfy(f -> assertThat(f.location().line()).as("a position past line 1").isGreaterThan(1));
    Parsed<T> missing = fromDisk.apply(file.resolveSibling("missing-" + file.getFileName()));
    assertThat(missing.value()).isEmpty();
    assertThat(missing.hasErrors()).isTrue();
    return checked;
  }
}
