package org.notelint.util;

import java.util.Map;

/**
 * The HTML character references notes exported to HTML use: numeric ones ({@code &#39;},
 * {@code &#x27;}) and the common named ones. Shared by the HTML reader and the dedupe
 * stage's HTML-blind comparison.
 */
public final class HtmlEntities {
  private HtmlEntities() {}

  private static final Map<String, String> NAMED = Map.of("lt", "<", "gt", ">", "amp", "&",
      "quot", "\"", "apos", "'", "nbsp", " ", "ndash", "\u2013", "mdash", "\u2014",
      "hellip", "\u2026", "para", "\u00b6");

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
    return NAMED.get(name);
  }
}
