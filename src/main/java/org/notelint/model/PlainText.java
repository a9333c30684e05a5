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
   * As {@link #of}, with each piece of inline code written as a Markdown code span
   * ({@code :func:`range`} and ``{@code ``#``}`` both read {@code `range`}, {@code `#`}):
   * how a report shows a heading, the same whatever markup the note was written in.
   */
  public static String display(Text text) {
    String shown = display(text, java.util.function.UnaryOperator.identity());
    return shown.isEmpty() ? of(text) : shown;
  }

  /**
   * As {@link #display(Text)}, the text outside inline code passed through {@code escape}:
   * a heading as Markdown, its words escaped and its code as code spans.
   */
  public static String display(Text text, java.util.function.UnaryOperator<String> escape) {
    return org.notelint.util.Spaces.collapse(walk(text, (m, sb) -> {
      if (m.kind() == Mark.Kind.CODE) {
        sb.append(codeSpan(unquoteCode(text.value().substring(m.start(), m.end()))));
      }
    }, escape)).strip();
  }

  private static final java.util.regex.Pattern ROLE =
      java.util.regex.Pattern.compile("^:[\\w:.-]+:(?=`)");

  private static final java.util.regex.Pattern ROLE_TITLE =
      java.util.regex.Pattern.compile("(?s)(.*?\\S)\\s*<[^<>]+>");

  /**
   * The code inside a piece of inline code as a reader sees it: the enclosing backticks
   * removed and, for an RST role, what Sphinx shows: {@code :func:`range`} is
   * {@code range}, {@code :keyword:`!if`} (no link) is {@code if},
   * {@code :func:`~json.dumps`} (short form) is {@code dumps}, and
   * {@code :ref:`the tutorial <tut>`} is its title.
   */
  public static String unquoteCode(String piece) {
    String p = withoutRole(piece);
    boolean isRole = p.length() != piece.length();
    int n = 0;
    while (n < p.length() / 2 && p.charAt(n) == '`' && p.charAt(p.length() - 1 - n) == '`') {
      n++;
    }
    String code = p.substring(n, p.length() - n);
    if (!isRole || code.length() < 2) {
      return code;
    }
    java.util.regex.Matcher titled = ROLE_TITLE.matcher(code);
    if (titled.matches()) {
      return titled.group(1);
    }
    if (code.charAt(0) == '!') {
      return code.substring(1);
    }
    if (code.charAt(0) == '~') {
      String target = code.substring(1);
      return target.substring(target.lastIndexOf('.') + 1);
    }
    return code;
  }

  /** {@code piece} without a leading RST role name ({@code :func:`len`} is {@code `len`}). */
  public static String withoutRole(String piece) {
    java.util.regex.Matcher role = ROLE.matcher(piece);
    return role.find() ? piece.substring(role.end()) : piece;
  }

  /** A Markdown code span holding {@code code}, with a fence longer than any run inside. */
  public static String codeSpan(String code) {
    String c = code.replace('\n', ' ');
    int longest = 0;
    int run = 0;
    for (int i = 0; i < c.length(); i++) {
      run = c.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = c.startsWith("`") || c.endsWith("`") || (c.startsWith(" ") && c.endsWith(" "))
        && !c.isBlank();
    return fence + (pad ? " " : "") + c + (pad ? " " : "") + fence;
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
    return walk(text, (m, sb) -> {
      if (m.kind() == Mark.Kind.CODE || (keepUrls && m.kind() == Mark.Kind.URL)) {
        sb.append(text.value(), m.start(), m.end());
      }
    });
  }

  /**
   * The text with each marked range replaced by what {@code shown} appends for it (nothing:
   * the range is left out); a range starting inside the previous one is skipped.
   */
  private static String walk(Text text,
      java.util.function.BiConsumer<Mark, StringBuilder> shown) {
    return walk(text, shown, java.util.function.UnaryOperator.identity());
  }

  /** As {@link #walk(Text, java.util.function.BiConsumer)}, unmarked text through {@code gap}. */
  private static String walk(Text text,
      java.util.function.BiConsumer<Mark, StringBuilder> shown,
      java.util.function.UnaryOperator<String> gap) {
    String v = text.value();
    StringBuilder sb = new StringBuilder(v.length());
    int pos = 0;
    for (Mark m : text.marks()) {
      if (m.start() < pos) {
        continue;
      }
      sb.append(gap.apply(v.substring(pos, m.start())));
      shown.accept(m, sb);
      pos = m.end();
    }
    if (pos < v.length()) {
      sb.append(gap.apply(v.substring(pos)));
    }
    return sb.toString();
  }
}
