package org.notelint.model;

/** Renders a {@link Text} as readable plain text: markup, HTML and link targets dropped. */
public final class PlainText {
  private PlainText() {}

  /**
   * The text without MARKUP, HTML and URL ranges, whitespace folded; inline code is kept. A
   * text that is nothing but a URL keeps it, so a bare link still reads as something.
   */
  public static String of(Text text) {
    String without = render(text, false);
    return without.isEmpty() ? render(text, true) : without;
  }

  /**
   * The text without MARKUP, HTML and URL ranges, inline code kept, whitespace as written
   * (heading slugs count every space).
   */
  public static String unfolded(Text text) {
    return raw(text, false);
  }

  private static String render(Text text, boolean keepUrls) {
    return org.notelint.util.Spaces.collapse(raw(text, keepUrls)).strip();
  }

  private static String raw(Text text, boolean keepUrls) {
    String v = text.value();
    StringBuilder sb = new StringBuilder(v.length());
    int pos = 0;
    for (Mark m : text.marks()) {
      if (m.start() < pos) {
        continue;
      }
      sb.append(v, pos, m.start());
      if (m.kind() == Mark.Kind.CODE || (keepUrls && m.kind() == Mark.Kind.URL)) {
        sb.append(v, m.start(), m.end());
      }
      pos = m.end();
    }
    if (pos < v.length()) {
      sb.append(v, pos, v.length());
    }
    return sb.toString();
  }
}
