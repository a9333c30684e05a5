package org.notelint.lint.checks;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.kinds.Template;
import org.notelint.model.Fix;
import org.notelint.model.SourceSpan;

/**
 * {@code mojibake}: UTF-8 text that was decoded as Windows-1252 or Latin-1 and saved again,
 * so that {@code …} reads {@code â€¦} and {@code é} reads {@code Ã©}. A run is reported
 * only when its characters, turned back into those bytes, form valid UTF-8 for non-ASCII
 * text; the repaired text is the fix. Everything is read, code and comments included,
 * because copy-paste damage lands anywhere.
 */
public final class MojibakeCheck implements Check {
  /** Windows-1252's characters for bytes 0x80..0x9F (U+FFFD where the byte is undefined). */
  private static final String CP1252_HIGH;

  static {
    byte[] high = new byte[32];
    for (int i = 0; i < high.length; i++) {
      high[i] = (byte) (0x80 + i);
    }
    CP1252_HIGH = new String(high, java.nio.charset.Charset.forName("windows-1252"));
  }

  @Override
  public String name() {
    return "mojibake";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    String src = doc.doc().source();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < src.length(); ) {
      char c = src.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = ++i;
        continue;
      }
      if (c < 0xC2) {
        i++;
        continue;
      }
      int end = i;
      StringBuilder fixed = new StringBuilder();
      int len;
      while ((len = sequence(src, end)) > 0) {
        fixed.append(decode(src, end, len));
        end += len;
      }
      if (end == i) {
        i++;
        continue;
      }
      String text = src.substring(i, end);
      SourceSpan span = new SourceSpan(line, i - lineStart + 1, line, end - lineStart + 1, -1);
      sink.report(rule, span, Template.fill(rule.message(), Map.of("text", text,
          "fixed", fixed.toString())), new Fix("repair the encoding", fixed.toString()));
      i = end;
    }
  }

  /** The byte a character stands for in Windows-1252 or Latin-1, or -1. */
  static int byteOf(char c) {
    if (c >= 0xA0 && c <= 0xFF) {
      return c;
    }
    if (c >= 0x80 && c <= 0x9F) {
      return c; // Latin-1's C1 controls, and the bytes Windows-1252 leaves undefined.
    }
    int at = CP1252_HIGH.indexOf(c);
    return at >= 0 && c != '\uFFFD' ? 0x80 + at : -1;
  }

  /** The length of a mis-decoded UTF-8 multi-byte sequence at {@code i}, or 0. */
  private static int sequence(String s, int i) {
    if (i >= s.length()) {
      return 0;
    }
    int lead = byteOf(s.charAt(i));
    int need;
    if (lead >= 0xC2 && lead <= 0xDF) {
      need = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      need = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      need = 4;
    } else {
      return 0;
    }
    if (i + need > s.length()) {
      return 0;
    }
    for (int k = 1; k < need; k++) {
      int b = byteOf(s.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    return decode(s, i, need) == null ? 0 : need;
  }

  private static String decode(String s, int i, int len) {
    byte[] bytes = new byte[len];
    for (int k = 0; k < len; k++) {
      bytes[k] = (byte) byteOf(s.charAt(i + k));
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
