package org.notelint.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.notelint.model.LineEnding;

/**
 * Turns file bytes into text: UTF-8 with or without BOM (UTF-16 when a UTF-16 BOM says so),
 * invalid byte sequences replaced by U+FFFD and their positions kept, line ends normalised
 * to LF (CRLF and lone CR count as one line end, so line numbers stay those of the file).
 */
public final class Decoder {
  /** How many bytes to look at when deciding whether a file is binary. */
  static final int SNIFF_BYTES = 8192;

  private Decoder() {}

  /** The decoded text, its line-end convention and where undecodable bytes were. */
  public record Decoded(String text, LineEnding lineEnding, boolean bom,
      List<int[]> invalidPositions) {
    public Decoded {
      invalidPositions = List.copyOf(invalidPositions);
    }
  }

  /** True when the bytes look like a binary file (NUL bytes or many control characters). */
  public static boolean looksBinary(byte[] bytes) {
    if (hasUtf16Bom(bytes)) {
      return false;
    }
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
        || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
  }

  /** Decodes {@code bytes}; never throws on bad input. */
  public static Decoded decode(byte[] bytes) {
    boolean bom = false;
    String raw;
    List<Integer> invalidOffsets = new ArrayList<>();
    if (hasUtf16Bom(bytes)) {
      bom = true;
      raw = new String(bytes, StandardCharsets.UTF_16);
      if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
        raw = raw.substring(1);
      }
    } else {
      int start = 0;
      if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
          && bytes[2] == (byte) 0xBF) {
        bom = true;
        start = 3;
      }
      raw = decodeUtf8(bytes, start, invalidOffsets);
    }
    return normalise(raw, bom, invalidOffsets);
  }

  private static String decodeUtf8(byte[] bytes, int start, List<Integer> invalid) {
    // Fast path: the JDK's own decoding. It turns malformed input into U+FFFD silently, so a
    // result holding U+FFFD (malformed input, or a U+FFFD written in the file) is decoded
    // again below, where each bad byte is found and reported.
    String quick = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (quick.indexOf('\uFFFD') < 0) {
      return quick;
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 16);
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      if (r.isUnderflow()) {
        dec.flush(out);
        break;
      }
      if (r.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        out = bigger;
        continue;
      }
      invalid.add(out.position());
      if (!out.hasRemaining()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        out = bigger;
      }
      out.put('\uFFFD');
      in.position(in.position() + r.length());
    }
    out.flip();
    return out.toString();
  }

  private static Decoded normalise(String raw, boolean bom, List<Integer> invalidOffsets) {
    if (invalidOffsets.isEmpty() && raw.indexOf('\r') < 0) {
      // The common case, LF only and valid: nothing to rewrite.
      return new Decoded(raw, raw.indexOf('\n') >= 0 ? LineEnding.LF : LineEnding.NONE, bom,
          List.of());
    }
    StringBuilder sb = new StringBuilder(raw.length());
    boolean lf = false;
    boolean crlf = false;
    boolean cr = false;
    int line = 1;
    int lineStart = 0;
    int nextInvalid = 0;
    List<int[]> invalid = new ArrayList<>();
    for (int i = 0; i < raw.length(); i++) {
      while (nextInvalid < invalidOffsets.size() && invalidOffsets.get(nextInvalid) == i) {
        invalid.add(new int[] {line, sb.length() - lineStart + 1});
        nextInvalid++;
      }
      char c = raw.charAt(i);
      if (c == '\r') {
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          crlf = true;
          i++;
        } else {
          cr = true;
        }
        sb.append('\n');
        line++;
        lineStart = sb.length();
      } else if (c == '\n') {
        lf = true;
        sb.append('\n');
        line++;
        lineStart = sb.length();
      } else {
        sb.append(c);
      }
    }
    int kinds = (lf ? 1 : 0) + (crlf ? 1 : 0) + (cr ? 1 : 0);
    LineEnding ending = kinds == 0 ? LineEnding.NONE : kinds > 1 ? LineEnding.MIXED
        : lf ? LineEnding.LF : crlf ? LineEnding.CRLF : LineEnding.CR;
    return new Decoded(sb.toString(), ending, bom, invalid);
  }
}
