package org.notelint.util;

import java.util.Locale;
import java.util.regex.Pattern;

/** Heading anchors as GitHub (and flexmark's GitHub-compatible id generator) make them. */
public final class Slugs {
  private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

  private Slugs() {}

  /** GitHub's slug of rendered heading text, before the repeat suffixes {@code -1}, {@code -2}. */
  public static String github(String rendered) {
    return NOT_SLUG.matcher(rendered.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
  }
}
