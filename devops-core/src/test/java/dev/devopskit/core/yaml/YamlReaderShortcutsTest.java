package dev.devopskit.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reader's shortcuts give what the plain way gives: plain scalars resolve as the schema's patterns say. */
class YamlReaderShortcutsTest {

  @Property(tries = 2000)
  void should_resolve_plain_scalars_as_the_patterns_do(@ForAll("plainScalars") String text) {
    assertThat(YamlScalar.resolvePlain(text)).as(text).isEqualTo(YamlScalar.resolveByPatterns(text));
  }

  @Provide
  Arbitrary<String> plainScalars() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "~", "null", "Null", "NULL", "nULL", "nul", "nulls", "true", "True", "TRUE", "tRUE",
            "false", "False", "FALSE", "fals", "falsey", "0", "-0", "+12", "0o17", "0o8", "0x1F", "0xG", ".5", "5.",
            "1e5", "1.5E-3", "+.inf", "-.Inf", ".INF", ".nan", ".NaN", "-.nan", "1_000", "1:20", "n", "N", "t", "f",
            "name", "needs", "node", "x", "~x"),
        Arbitraries.strings().withChars("nulNLtrueTRUEfalsFALS~+-.0123456789oxeEinfINFaA _").ofMaxLength(8),
        // number-like texts: signs, dots, exponents, octal and hex prefixes and digits in every order
        Arbitraries.strings().withChars("+-.0123456789oxeEabcfABCF8").ofMinLength(1).ofMaxLength(7),
        Arbitraries.of("0o", "0x", "0o0", "0x0", "0xfF", "+0x1", "-0o7", "00", "1e", "1e+", "1e+5", "1E-05", ".e5",
            "-.5e3", "5.e1", "+", "-", ".", "..", "1..2", "1.2.3", "+.INF", "-.inf", ".Inf", "+.nan", ".NAN", ".nAn"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6),
        YamlTrees.strings());
  }
}
