package dev.devopskit.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutations of real files for fuzzing readers: byte flips, truncation, duplicated and deleted lines, removed and
 * inserted indentation, random unicode, CRLF and CR line ends, byte-order marks, NUL bytes.
 *
 * <pre>{@code
 * @Property   // no tries: the build sets them (1,000 by default, 100,000 with -Pfuzz)
 * void reader_never_throws(@ForAll("mutated") byte[] input) { ... }
 *
 * @Provide
 * Arbitrary<byte[]> mutated() { return Mutations.of(seeds); }
 * }</pre>
 */
public final class Mutations {
  private Mutations() {}

  /** Mutated versions of the seeds, one to three mutations each. */
  public static Arbitrary<byte[]> of(List<byte[]> seeds) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("fuzzing needs at least one seed file");
    }
    Arbitrary<byte[]> seed = Arbitraries.of(seeds);
    Arbitrary<List<Integer>> kinds = Arbitraries.integers().between(0, 10).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<Long>> randomness = Arbitraries.longs().list().ofSize(6);
    return Combinators.combine(seed, kinds, randomness).as(Mutations::apply);
  }

  static byte[] apply(byte[] seed, List<Integer> kinds, List<Long> random) {
    byte[] current = seed;
    int step = 0;
    for (int kind : kinds) {
      long r1 = random.get(step++ % random.size()) & Long.MAX_VALUE;
      long r2 = random.get(step++ % random.size()) & Long.MAX_VALUE;
      current = mutate(current, kind, r1, r2);
    }
    return current;
  }

  private static byte[] mutate(byte[] input, int kind, long r1, long r2) {
    int length = input.length;
    switch (kind) {
      case 0: {
        if (length == 0) {
          return input;
        }
        byte[] out = input.clone();
        out[(int) (r1 % length)] ^= (byte) (1 << (r2 % 8));
        return out;
      }
      case 1:
        return Arrays.copyOf(input, length == 0 ? 0 : (int) (r1 % length));
      case 2:
        return lines(input, r1, r2, LineEdit.DUPLICATE);
      case 3:
        return lines(input, r1, r2, LineEdit.DELETE);
      case 4:
        return lines(input, r1, r2, LineEdit.DEDENT);
      case 5:
        return lines(input, r1, r2, LineEdit.INDENT);
      case 6: {
        String noise = new String(Character.toChars((int) (r2 % 0x2FFFF) + 1));
        return insert(input, (int) (length == 0 ? 0 : r1 % length), noise.getBytes(StandardCharsets.UTF_8));
      }
      case 7:
        return new String(input, StandardCharsets.UTF_8).replace("\n", r1 % 2 == 0 ? "\r\n" : "\r")
            .getBytes(StandardCharsets.UTF_8);
      case 8:
        return insert(input, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      case 9:
        return insert(input, (int) (length == 0 ? 0 : r1 % length), new byte[] {0});
      default: {
        String[] tokens = {"{", "}", "[", "]", ":", "- ", "\"", "'", "${{", "}}", "&a ", "*a", "<<: *a\n", "\\",
            "#", "|\n", ">-\n", "\t", "`", "$(", "<<EOF\n", "--", "/*", "$$"};
        return insert(input, (int) (length == 0 ? 0 : r1 % length),
            tokens[(int) (r2 % tokens.length)].getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private enum LineEdit { DUPLICATE, DELETE, DEDENT, INDENT }

  private static byte[] lines(byte[] input, long r1, long r2, LineEdit edit) {
    String text = new String(input, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (lines.isEmpty()) {
      return input;
    }
    int index = (int) (r1 % lines.size());
    String line = lines.get(index);
    switch (edit) {
      case DUPLICATE:
        lines.add(index, line);
        break;
      case DELETE:
        lines.remove(index);
        break;
      case DEDENT:
        lines.set(index, line.stripLeading());
        break;
      default:
        lines.set(index, " ".repeat((int) (r2 % 9) + 1) + line);
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] insert(byte[] input, int at, byte[] bytes) {
    byte[] out = new byte[input.length + bytes.length];
    System.arraycopy(input, 0, out, 0, at);
    System.arraycopy(bytes, 0, out, at, bytes.length);
    System.arraycopy(input, at, out, at + bytes.length, input.length - at);
    return out;
  }
}
