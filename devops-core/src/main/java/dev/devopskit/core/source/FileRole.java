package dev.devopskit.core.source;

import java.util.Locale;
import java.util.Set;

/**
 * What a file's path says about the strings in it, for the secret scanner. Outside configuration that can reach a
 * running system, a value is a secret only when its format says so (a {@code ghp_} token, an AWS key id): a key
 * named {@code password} in a translation holds a word, in a test fixture a test value, in an API specification an
 * example.
 *
 * <pre>{@code
 * FileRole.of("public/intl/messages/de-DE.json");   // TRANSLATION
 * FileRole.of("hack/test.env");                      // TEST
 * FileRole.of("docker-compose.yml");                 // CONFIGURATION
 * }</pre>
 */
public enum FileRole {
  /** Configuration, scripts and code that may reach a running system: every detector applies. */
  CONFIGURATION,
  /** Translations and locale files ({@code i18n/}, {@code locales/}, {@code translations/}): words of a UI. */
  TRANSLATION,
  /** Tests, test data, fixtures, snapshots, mocks and stubs. */
  TEST,
  /** Examples, templates and documentation ({@code .env.example}, {@code docs/}). */
  EXAMPLE,
  /** API specifications and JSON schemas, whose values are documented examples. */
  SPECIFICATION;

  private static final Set<String> TRANSLATION_FOLDERS = Set.of("i18n", "l10n", "locale", "locales", "lang",
      "langs", "language", "languages", "translations", "translation", "intl");
  private static final Set<String> TEST_WORDS = Set.of("test", "tests", "testing", "testdata", "__tests__", "e2e",
      "spec", "specs", "fixture", "fixtures", "__fixtures__", "snapshots", ".snapshots", "__snapshots__", "mock",
      "mocks", "__mocks__", "stub", "stubs", "fake", "fakes", "integration-tests", "e2e-tests");
  private static final Set<String> EXAMPLE_WORDS = Set.of("example", "examples", "sample", "samples", "demo",
      "demos", "template", "tpl", "dist", "docs", "doc", "documentation");
  private static final Set<String> SPECIFICATION_WORDS = Set.of("openapi", "swagger", "schema", "schemas",
      ".schema", ".schemastore", "asyncapi", "jsonschema");

  /** The role of a file from its path relative to the repository ({@code /} or {@code \} separated). */
  public static FileRole of(String path) {
    String lower = path.replace('\\', '/').toLowerCase(Locale.ROOT);
    String[] segments = lower.split("/");
    FileRole role = CONFIGURATION;
    for (int i = 0; i < segments.length; i++) {
      boolean file = i == segments.length - 1;
      FileRole found = file ? ofFileName(segments[i]) : ofFolder(segments[i]);
      if (found != CONFIGURATION && (role == CONFIGURATION || found == TRANSLATION)) {
        role = found;
      }
    }
    return role;
  }

  /** Whether a key's name alone (a literal under {@code password}) can make a value a secret here. */
  public boolean judgesByName() {
    return this == CONFIGURATION;
  }

  private static FileRole ofFolder(String folder) {
    if (TRANSLATION_FOLDERS.contains(folder)) {
      return TRANSLATION;
    }
    return ofWords(folder);
  }

  /** A file's role from the words of its name: {@code application-test.yml}, {@code .env.example}. */
  private static FileRole ofFileName(String name) {
    return ofWords(name);
  }

  private static FileRole ofWords(String name) {
    if (TEST_WORDS.contains(name)) {
      return TEST;
    }
    if (EXAMPLE_WORDS.contains(name) || SPECIFICATION_WORDS.contains(name)) {
      return EXAMPLE_WORDS.contains(name) ? EXAMPLE : SPECIFICATION;
    }
    FileRole role = CONFIGURATION;
    for (String word : name.split("[._\\-]")) {
      if (TEST_WORDS.contains(word)) {
        return TEST;
      }
      if (EXAMPLE_WORDS.contains(word)) {
        role = EXAMPLE;
      } else if (SPECIFICATION_WORDS.contains(word) && role == CONFIGURATION) {
        role = SPECIFICATION;
      }
    }
    return role;
  }
}
