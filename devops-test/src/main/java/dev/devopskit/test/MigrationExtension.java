package dev.devopskit.test;

import dev.devopskit.database.harness.MigrationHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method that takes a {@link MigrationDatabase} its own empty database on a real PostgreSQL. One
 * throwaway server (from binaries in a Maven artifact, no Docker) starts on first use and serves the whole test run;
 * JUnit stops it at the end.
 *
 * <pre>{@code
 * @ExtendWith(MigrationExtension.class)
 * class MigrationsTest {
 *   @Test
 *   void should_apply_idempotently_and_revert(MigrationDatabase database) {
 *     assertThat(database.apply()).isEqualTo(3);
 *     database.assertIdempotent();
 *     database.assertReversible();
 *   }
 * }
 * }</pre>
 */
public final class MigrationExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MigrationExtension.class);

  /** The extension (JUnit creates it from {@code @ExtendWith}). */
  public MigrationExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MigrationDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    MigrationHarness harness = context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(MigrationHarness.class, type -> MigrationHarness.start(), MigrationHarness.class);
    MigrationDatabase database = new MigrationDatabase(harness, Path.of(""));
    context.getStore(NAMESPACE).put(parameter.getIndex(), database);
    return database;
  }
}
