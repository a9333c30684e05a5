package org.notelint.util;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Heading anchors as GitHub (and flexmark's GitHub-compatible id generator) make them. */
public final class Slugs {
  private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

  private Slugs() {}

  /** GitHub's slug of rendered heading text, before the repeat suffixes {@code -1}, {@code -2}. */
  public static String github(String rendered) {
    return NOT_SLUG.matcher(rendered.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
  }

  /**
   * Anchors for headings met in document order, as GitHub gives them: the slug, then the
   * same slug with {@code -1}, {@code -2} for each repeat.
   */
  public static final class InOrder {
    private final Map<String, Integer> seen = new HashMap<>();

    /** The anchor of the next heading, whose rendered text is {@code rendered}. */
    public String next(String rendered) {
      String base = github(rendered);
      int n = seen.merge(base, 1, Integer::sum) - 1;
      return n == 0 ? base : base + "-" + n;
    }
  }
}
