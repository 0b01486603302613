package dev.devopskit.core.format;

import dev.devopskit.core.check.CoreRules;
import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.check.Severity;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Loads files from disk as UTF-8 text, within a size bound, with findings instead of exceptions. */
public final class Sources {
  /** The default size bound: 5 MiB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private Sources() {}

  /**
   * Reads a file from disk with a reader of its text; never throws: a file that cannot be read (missing, too large,
   * not a file) gives no value and a finding naming the file. Findings show the path as given.
   *
   * <pre>{@code
   * public static Parsed<Dockerfile> read(Path file) { return Sources.read(file, Dockerfiles::read); }
   * }</pre>
   */
  public static <T> Parsed<T> read(Path file, java.util.function.Function<SourceFile, Parsed<T>> reader) {
    Parsed<SourceFile> loaded = load(file, file.toString().replace('\\', '/'), DEFAULT_MAX_BYTES);
    if (loaded.value().isEmpty()) {
      return Parsed.failed(loaded.source(), loaded.findings());
    }
    return reader.apply(loaded.value().get()).withFindings(loaded.findings());
  }

  /**
   * Loads a file. Invalid UTF-8 is decoded with replacement characters and reported at its line; NUL bytes are
   * reported; a file over {@code maxBytes} or one that cannot be read gives no value and a finding.
   *
   * @param file the file on disk
   * @param displayPath the path shown in findings (relative to the checked root)
   * @param maxBytes the largest file read
   */
  public static Parsed<SourceFile> load(Path file, String displayPath, long maxBytes) {
    byte[] bytes;
    // One open channel gives the size and the bytes: no separate look-up of the path, and a buffer of the file's
    // size filled in place rather than chunks joined afterwards.
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      if (size > maxBytes) {
        return tooLarge(displayPath, size, maxBytes);
      }
      bytes = readAll(channel, (int) size, (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
    } catch (IOException | SecurityException e) {
      // A file over the bound is reported as such even when it cannot be opened, as when its size was asked first.
      long size = sizeOrZero(file);
      if (size > maxBytes) {
        return tooLarge(displayPath, size, maxBytes);
      }
      return Parsed.failed(SourceFile.of(displayPath, ""), List.of(Finding.of(CoreRules.UNREADABLE.id(), Severity.ERROR,
          "file could not be read: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
          new Location(displayPath, java.util.Optional.empty(), DocPath.root()))));
    }
    return decode(bytes, displayPath);
  }

  private static Parsed<SourceFile> tooLarge(String displayPath, long size, long maxBytes) {
    return Parsed.failed(SourceFile.of(displayPath, ""), List.of(Finding.builder().ruleId(CoreRules.TOO_LARGE.id())
        .severity(Severity.ERROR)
        .message("file has " + size + " bytes, more than the limit of " + maxBytes + "; it was not read")
        .fix("split the file, exclude it in the policy file, or raise the limit with --max-file-size")
        .location(new Location(displayPath, java.util.Optional.empty(), DocPath.root())).build()));
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException | SecurityException e) {
      return 0;
    }
  }

  /**
   * Reads a channel to its end, at most {@code limit} bytes: the {@code expected} bytes (the size when opened) into
   * an array of that size, then whatever a file that grew since holds beyond them.
   */
  static byte[] readAll(ReadableByteChannel channel, int expected, int limit) throws IOException {
    byte[] bytes = new byte[Math.min(expected, limit)];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        return Arrays.copyOf(bytes, buffer.position());
      }
    }
    if (bytes.length >= limit) {
      return bytes;
    }
    // at the size the file had when opened: one more byte tells whether it has grown since
    ByteBuffer probe = ByteBuffer.allocate(1);
    if (channel.read(probe) <= 0) {
      return bytes;
    }
    byte[] rest = Channels.newInputStream(channel).readNBytes(limit - bytes.length - 1);
    byte[] all = Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
    all[bytes.length] = probe.get(0);
    System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
    return all;
  }

  /** Decodes bytes as UTF-8 into a source, with findings for invalid sequences and NUL bytes. */
  public static Parsed<SourceFile> decode(byte[] bytes, String displayPath) {
    List<Finding> findings = new ArrayList<>();
    // The JDK's own decoding is the fast path; it replaces invalid bytes with U+FFFD, so only a text holding that
    // character is decoded again strictly to tell a replaced byte from a U+FFFD written in the file.
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      if (text.indexOf('\uFFFD') >= 0) {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      }
    } catch (CharacterCodingException e) {
      int badAt = firstInvalid(bytes);
      SourceFile partial = SourceFile.of(displayPath, text);
      String before = new String(bytes, 0, badAt, StandardCharsets.UTF_8);
      findings.add(Finding.builder().ruleId(CoreRules.ENCODING.id()).severity(Severity.ERROR)
          .message("file is not valid UTF-8 (first bad byte at offset " + badAt + "); invalid bytes were replaced")
          .fix("save the file as UTF-8")
          .location(Location.of(displayPath, Span.at(partial.position(before.length())), DocPath.root())).build());
    }
    SourceFile source = SourceFile.of(displayPath, text);
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      findings.add(Finding.builder().ruleId(CoreRules.ENCODING.id()).severity(Severity.ERROR)
          .message("file holds NUL bytes; it is binary or corrupted, not text")
          .fix("remove the NUL bytes, or exclude the file in the policy file")
          .location(Location.of(displayPath, Span.at(source.position(nul)), DocPath.root())).build());
    }
    return Parsed.of(source, source, path -> java.util.Optional.empty(), findings);
  }

  private static int firstInvalid(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }
}
