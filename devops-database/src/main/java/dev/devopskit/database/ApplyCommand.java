package dev.devopskit.database;

import dev.devopskit.core.value.ValueText;
import dev.devopskit.database.migration.MigrationTool;
import java.util.List;

/**
 * The command that applies a folder's migrations to a test database, for a CI job that runs it before the
 * integration tests.
 *
 * @param tool the migration tool
 * @param command the shell command
 * @param workingDirectory where to run it, relative to the folder given to {@link Migrations#applyCommand}
 *     ({@code .} for the folder itself, {@code ../..} for the project two levels up)
 * @param environment the environment variables the command reads (the test database's URL and credentials)
 */
public record ApplyCommand(MigrationTool tool, String command, String workingDirectory, List<String> environment) {

  /** Copies the list. */
  public ApplyCommand {
    environment = List.copyOf(environment);
  }

  /** The record's text, with secrets redacted: {@link ValueText}. */
  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
