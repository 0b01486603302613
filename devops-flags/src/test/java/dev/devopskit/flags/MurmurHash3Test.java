package dev.devopskit.flags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devopskit.core.flag.FeatureFlag;
import dev.devopskit.core.flag.Rollout;
import dev.devopskit.flags.internal.MurmurHash3;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MurmurHash3Test {

  /** The published test vectors of MurmurHash3_x86_32 (SMHasher's reference implementation). */
  @ParameterizedTest(name = "\"{0}\" seed {1}")
  @CsvSource(delimiter = '|', value = {
      "''|0x00000000|0x00000000",
      "''|0x00000001|0x514E28B7",
      "''|0xffffffff|0x81F16F39",
      "aaaa|0x9747b28c|0x5A97808A",
      "aaa|0x9747b28c|0x283E0130",
      "aa|0x9747b28c|0x5D211726",
      "a|0x9747b28c|0x7FA09EA6",
      "abcd|0x9747b28c|0xF0478627",
      "abc|0x9747b28c|0xC84A62DD",
      "ab|0x9747b28c|0x74875592",
      "Hello, world!|0x9747b28c|0x24884CBA",
      "The quick brown fox jumps over the lazy dog|0x9747b28c|0x2FA826CD"})
  void should_match_published_vectors_for_text(String text, String seed, String expected) {
    int hash = MurmurHash3.hash32(text.getBytes(StandardCharsets.UTF_8), Integer.parseUnsignedInt(seed.substring(2), 16));
    assertThat(Integer.toUnsignedString(hash, 16)).isEqualToIgnoringCase(Long.toHexString(Long.decode(expected)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @CsvSource(delimiter = '|', value = {
      "00000000|0x00000000|0x2362F9DE",
      "ffffffff|0x00000000|0x76293B50",
      "21436587|0x00000000|0xF55B516B",
      "21436587|0x5082EDEE|0x2362F9DE",
      "214365|0x00000000|0x7E4A8634",
      "2143|0x00000000|0xA0F7B07A",
      "21|0x00000000|0x72661CF4"})
  void should_match_published_vectors_for_bytes(String hex, String seed, String expected) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    int hash = MurmurHash3.hash32(bytes, Integer.parseUnsignedInt(seed.substring(2), 16));
    assertThat(Integer.toUnsignedString(hash, 16)).isEqualToIgnoringCase(Long.toHexString(Long.decode(expected)));
  }

  @ParameterizedTest
  @CsvSource({"0", "1", "100"})
  void should_keep_buckets_within_the_total_weight(int seedText) {
    for (int i = 0; i < 1000; i++) {
      assertThat(MurmurHash3.bucket("user-" + seedText + "-" + i, 100)).isBetween(0L, 99L);
    }
  }

  /** The buckets flagd's own fractional tests expect (red, blue, green, yellow at 25 each; flag key + email). */
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({"headerColor, rachel@faas.com, blue", "headerColor, monica@faas.com, yellow",
      "headerColor, joey@faas.com, red", "headerColor, ross@faas.com, blue", "footerColor, ross@faas.com, yellow"})
  void should_bucket_as_flagd_does(String flagKey, String email, String expected) {
    FeatureFlag flag = FeatureFlag.builder().key(flagKey).putVariant("red", "#FF0000").putVariant("blue", "#0000FF")
        .putVariant("green", "#00FF00").putVariant("yellow", "#FFFF00").defaultVariant("red")
        .rollout(Rollout.builder().putWeight("red", 25).putWeight("blue", 25).putWeight("green", 25)
            .putWeight("yellow", 25).bucketBy("email").build()).build();
    Evaluation result = FlagEvaluator.defaults().evaluate(flag,
        EvaluationContext.ofAttributes(java.util.Map.of("email", email)));
    assertThat(result.variant()).contains(expected);
    assertThat(result.reason()).isEqualTo(EvaluationReason.SPLIT);
  }
}
