package org.notelint.model;

/**
 * A range of a {@link Text} that is not plain prose: inline code, a URL, markup syntax or
 * raw HTML. Prose checks mask these ranges instead of deleting them, so offsets stay true.
 */
public record Mark(int start, int end, Kind kind) {

  /** What a marked range holds. */
  public enum Kind {
    /** Inline code ({@code `x`} in Markdown, ``x`` in RST) and roles such as :func:. */
    CODE,
    /** A URL or link target. */
    URL,
    /** Markup syntax: emphasis markers, link brackets, list prefixes, escapes. */
    MARKUP,
    /** Inline raw HTML. */
    HTML
  }

  public Mark {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mark " + start + ".." + end);
    }
  }
}
