package dev.devopskit.test;

import dev.devopskit.core.check.Profile;
import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.core.format.Format;
import dev.devopskit.core.format.Formats;
import dev.devopskit.core.policy.CheckResult;
import dev.devopskit.core.policy.Policy;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.test.internal.OracleSchemas;
import java.util.List;

/**
 * Assertions on a value built in Java (a workflow, a Dockerfile, a compose or Prometheus rule file, a postmortem).
 * The value is written as its module writes it (with the generated-file header), at its conventional path, and read
 * back: findings carry that file's lines, as {@code devops check} would report them on the committed file.
 */
public final class ValueAssert extends AbstractFindingsAssert<ValueAssert, Object> {
  private final String path;
  private final String text;
  private final Format<?> format;

  ValueAssert(Object value, GeneratedFile file) {
    super(value, ValueAssert.class);
    this.path = file.path();
    this.text = file.text();
    this.format = Formats.installed().forValue(value).orElseThrow(() -> new IllegalArgumentException(
        "no installed format writes values of type " + value.getClass().getSimpleName()
            + "; add the devops-kit module for it to the test class path"));
  }

  /** The file's text, as the value's module writes it. */
  public String text() {
    return text;
  }

  @Override
  protected CheckResult check(Profile profile) {
    return check(format, Policy.of(profile));
  }

  @Override
  protected String subject() {
    return path;
  }

  /**
   * Asserts that the file is valid against the official JSON schema of its format (the SchemaStore schema of
   * workflows and Prometheus rule files, the Compose specification's schema), from the folder named by the system
   * property {@code devops.schemas}. Every schema error is printed with its place in the file.
   */
  public ValueAssert passesOracleSchema() {
    isNotNull();
    List<String> errors = OracleSchemas.validate(format.name(), text());
    if (!errors.isEmpty()) {
      failWithMessage("%nExpected %s to pass the %s schema, but it does not (%d %s):%n%s", path,
          OracleSchemas.schemaFile(format.name()), errors.size(), errors.size() == 1 ? "error" : "errors",
          String.join(System.lineSeparator(), errors));
    }
    return myself;
  }

  private <T> CheckResult check(Format<T> typed, Policy policy) {
    return policy.check(typed.read(SourceFile.of(path, text)), typed);
  }
}
