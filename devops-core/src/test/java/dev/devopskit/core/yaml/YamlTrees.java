package dev.devopskit.core.yaml;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random YAML trees and nasty strings for the writer's properties. */
final class YamlTrees {
  /** Words and shapes that trip YAML writers: YAML 1.1 booleans, numbers, indicators, comment and key markers. */
  static final List<String> TRICKY = List.of("", " ", "yes", "No", "on", "OFF", "y", "n", "~", "null", "true",
      "1.0", "010", "0x1F", "1_000", "1:20", ".inf", "-.inf", ".NaN", "2001-12-14", "0o17", "+1", "-", "--", "---",
      "...", "- x", "? x", ": x", "a: b", "a #b", "#x", "x:", "'", "\"", "''", "&a", "*a", "!tag", "|", ">", "%x",
      "@x", "`x", "[x]", "{x}", "x,y", " lead", "trail ", "\ttab", "a\tb", "line\nbreak", "\n", "\n\n", "x\n",
      "x\n\n", "  indented\nnext", "a\r\nb", "caf\u00e9", "\u00a0nbsp", "\u2028", "\uD83D\uDE00", "<<", "=",
      "\\", "${{ secrets.X }}", "${VAR:-x}", "\u0007bell", "\u0085nel", "\uFEFFbom", "a\u0000b");

  private YamlTrees() {}

  static Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.of(TRICKY),
        Arbitraries.strings().withChars("ab :#'\"\n\t-?{}[],&*!|>%@`\\ \u00e9\u00a0").ofMaxLength(12),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(10),
        Arbitraries.strings().ofMaxLength(6),
        Combinators.combine(Arbitraries.of(TRICKY), Arbitraries.of(TRICKY)).as(String::concat));
  }

  static Arbitrary<YamlNode> scalars() {
    return Arbitraries.oneOf(
        strings().map(YamlScalar::string),
        Arbitraries.longs().map(YamlScalar::integer),
        Arbitraries.of(true, false).map(YamlScalar::bool),
        Arbitraries.just(YamlScalar.nullValue()),
        Arbitraries.of("1.5", "-0.25", "1e10", "3.0", ".inf", "-.inf", ".nan").map(YamlScalar::number));
  }

  static Arbitrary<YamlNode> trees(int depth) {
    if (depth == 0) {
      return scalars();
    }
    Arbitrary<YamlNode> child = Arbitraries.lazy(() -> trees(depth - 1));
    Arbitrary<YamlNode> mapping = Combinators.combine(strings().list().ofMaxSize(4), child.list().ofSize(4))
        .as((keys, values) -> {
          YamlMapping.Builder builder = YamlMapping.builder();
          for (int i = 0; i < keys.size(); i++) {
            builder.put(keys.get(i), values.get(i));
          }
          return builder.build();
        });
    Arbitrary<YamlNode> sequence = child.list().ofMaxSize(4).map(YamlSequence::of);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, scalars()), net.jqwik.api.Tuple.of(3, mapping), net.jqwik.api.Tuple.of(2, sequence));
  }
}
