package org.notelint.util;

import org.jsoup.nodes.Entities;

/**
 * HTML character references: numeric ones ({@code &#39;}, {@code &#x27;}) and every named
 * one of HTML5 ({@code &rarr;}, {@code &eacute;}), from jsoup's table. Shared by the HTML
 * reader and the dedupe stage's HTML-blind comparison.
 */
public final class HtmlEntities {
  private HtmlEntities() {}

  /**
   * What the reference {@code &name;} stands for ({@code name} without {@code &} and
   * {@code ;}: "lt", "#39", "#x27"), or null when the name is unknown; a number that is no
   * character (NUL, a surrogate, past U+10FFFF) stands for U+FFFD, as in a browser.
   */
  public static String decode(String name) {
    if (name.startsWith("#")) {
      int cp;
      try {
        cp = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
      } catch (NumberFormatException tooLong) {
        cp = -1;
      }
      // As browsers read them: NUL, a surrogate or a number past Unicode is U+FFFD.
      if (cp <= 0 || cp > Character.MAX_CODE_POINT
          || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        return "\uFFFD";
      }
      return Character.toString(cp);
    }
    if (name.equals("nbsp")) {
      return " "; // a plain blank: the readers and the dedupe stage compare words
    }
    return Entities.isNamedEntity(name) ? Entities.getByName(name) : null;
  }
}
