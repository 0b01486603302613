package dev.devopskit.test;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.PathCheck;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.kit.DevOpsKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Assertions on a file or a repository on disk: its findings (a folder is checked as {@code devops check} checks a
 * repository, cross-file rules included), and drift between committed files and their definitions in Java.
 */
public final class PathAssert extends AbstractFindingsAssert<PathAssert, Path> {

  PathAssert(Path path) {
    super(path, PathAssert.class);
  }

  @Override
  protected CheckResult check(Profile profile) {
    Policy policy = Policy.of(profile);
    try {
      return Files.isDirectory(actual) ? DevOpsKit.check(actual, policy)
          : PathCheck.of(Formats.installed(), policy).check(List.of(actual));
    } catch (IOException e) {
      throw failure("%nExpected %s to be checkable, but it could not be read: %s", actual, e.getMessage());
    }
  }

  @Override
  protected String subject() {
    return actual.toString();
  }

  /** Asserts that every file under this repository root has exactly the text of its definition. */
  public PathAssert hasNoDrift(GeneratedFile... definitions) {
    return hasNoDrift(Arrays.asList(definitions));
  }

  /**
   * Asserts that every file under this repository root has exactly the text of its definition; the failure shows a
   * unified diff per file, from the committed file to the definition.
   *
   * <pre>{@code
   * assertThat(Path.of("..")).hasNoDrift(GitHubActions.file(ThisRepository.ci()));
   * }</pre>
   */
  public PathAssert hasNoDrift(List<GeneratedFile> definitions) {
    isNotNull();
    List<String> diffs = new ArrayList<>();
    for (GeneratedFile file : definitions) {
      try {
        file.drift(actual).ifPresent(diffs::add);
      } catch (IOException e) {
        diffs.add(file.path() + ": " + e.getMessage());
      }
    }
    if (!diffs.isEmpty()) {
      failWithMessage("%nExpected the files under %s to equal their definitions, but %d of %d differ (apply the diff,"
          + " or run the test with -D%s=true to write them):%n%n%s", actual, diffs.size(), definitions.size(),
          DriftExtension.REGENERATE, String.join(System.lineSeparator(), diffs));
    }
    return myself;
  }
}
