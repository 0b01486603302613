package dev.devopskit.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Keeps committed files equal to their definitions in Java: a test method takes a {@link Drift} and hands it the
 * generated files. A normal run fails with the unified diff; a run with {@code -Ddevops.regenerate=true} (a system
 * property or a JUnit configuration parameter) writes the files that differ instead and passes.
 *
 * <pre>{@code
 * @ExtendWith(DriftExtension.class)
 * class CiDriftTest {
 *   @Test
 *   void should_keep_the_workflow_generated(Drift drift) {
 *     drift.check(Path.of(".."), GitHubActions.file(Ci.workflow()));
 *   }
 * }
 * }</pre>
 */
public final class DriftExtension implements ParameterResolver {
  /** The switch that makes a run write the files: {@code -Ddevops.regenerate=true}. */
  public static final String REGENERATE = "devops.regenerate";

  /** The extension (JUnit creates it from {@code @ExtendWith}). */
  public DriftExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Drift.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    boolean regenerate = context.getConfigurationParameter(REGENERATE).map(Boolean::parseBoolean).orElse(false);
    return new Drift(regenerate, path -> context.publishReportEntry("regenerated", path));
  }
}
