package dev.devopskit.flags.internal;

import java.nio.charset.StandardCharsets;

/**
 * MurmurHash3, x86 32-bit variant (Austin Appleby's public-domain algorithm), as flagd's {@code fractional} uses it
 * on the UTF-8 bytes of the bucketing value with seed 0.
 */
public final class MurmurHash3 {
  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;

  private MurmurHash3() {}

  /** The 32-bit hash of the UTF-8 bytes of a string, seed 0, as an unsigned value in a long. */
  public static long hash32(String text) {
    return Integer.toUnsignedLong(hash32(text.getBytes(StandardCharsets.UTF_8), 0));
  }

  /** The 32-bit hash of bytes with a seed (the signed int holds the unsigned hash's bits). */
  public static int hash32(byte[] data, int seed) {
    int h = seed;
    int length = data.length;
    int blocks = length / 4;
    for (int i = 0; i < blocks; i++) {
      int k = (data[4 * i] & 0xff) | (data[4 * i + 1] & 0xff) << 8 | (data[4 * i + 2] & 0xff) << 16
          | (data[4 * i + 3] & 0xff) << 24;
      k *= C1;
      k = Integer.rotateLeft(k, 15);
      k *= C2;
      h ^= k;
      h = Integer.rotateLeft(h, 13);
      h = h * 5 + 0xe6546b64;
    }
    int k = 0;
    int tail = blocks * 4;
    switch (length & 3) {
      case 3:
        k ^= (data[tail + 2] & 0xff) << 16;
        // fall through
      case 2:
        k ^= (data[tail + 1] & 0xff) << 8;
        // fall through
      case 1:
        k ^= data[tail] & 0xff;
        k *= C1;
        k = Integer.rotateLeft(k, 15);
        k *= C2;
        h ^= k;
        break;
      default:
        break;
    }
    h ^= length;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /**
   * The bucket of a value among weights, as flagd's {@code fractional} computes it: the unsigned hash times the total
   * weight, shifted right by 32 bits, so a number from 0 (inclusive) to {@code totalWeight} (exclusive). The value
   * lands in the first variant whose cumulative weight is above its bucket.
   */
  public static long bucket(String value, long totalWeight) {
    return (hash32(value) * totalWeight) >>> 32;
  }
}
