package org.notelint.model;

/** Renders a {@link Text} as readable plain text: markup and HTML dropped, code kept. */
public final class PlainText {
  private PlainText() {}

  /** The text without MARKUP and HTML ranges, whitespace folded. */
  public static String of(Text text) {
    String v = text.value();
    StringBuilder sb = new StringBuilder(v.length());
    int pos = 0;
    for (Mark m : text.marks()) {
      if (m.start() < pos) {
        continue;
      }
      sb.append(v, pos, m.start());
      if (m.kind() == Mark.Kind.CODE || m.kind() == Mark.Kind.URL) {
        sb.append(v, m.start(), m.end());
      }
      pos = m.end();
    }
    if (pos < v.length()) {
      sb.append(v, pos, v.length());
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }
}
