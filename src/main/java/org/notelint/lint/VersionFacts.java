package org.notelint.lint;

import java.time.LocalDate;
import java.util.List;

/**
 * Release and end-of-life dates and keyword counts per Python version, with the reference
 * date that decides what is end-of-life (from {@code rules/python-versions.yaml}).
 */
public record VersionFacts(LocalDate referenceDate, List<Release> releases,
    List<KeywordCount> keywords) {
  public VersionFacts {
    releases = List.copyOf(releases);
    keywords = List.copyOf(keywords);
  }

  /** One feature release: when it came out and when support ended (or is planned to). */
  public record Release(PythonVersion version, LocalDate released, LocalDate eol,
      boolean scheduled) {}

  /** How many hard and soft keywords a range of versions has. */
  public record KeywordCount(PythonVersion from, PythonVersion to, int hard, int soft,
      String softNames) {}

  /** The release record of {@code v}, or null when unknown. */
  public Release release(PythonVersion v) {
    for (Release r : releases) {
      if (r.version().equals(v)) {
        return r;
      }
    }
    return null;
  }

  /** True when {@code v} is past its end of life on the reference date. */
  public boolean isEol(PythonVersion v) {
    Release r = release(v);
    if (r == null) {
      // Versions older than the table (2.6, 3.0...) are long gone; newer ones are not out.
      return !releases.isEmpty() && v.compareTo(releases.get(0).version()) < 0;
    }
    return r.eol() != null && r.eol().isBefore(referenceDate);
  }

  /** The keyword count of {@code v}, or null when the table does not cover it. */
  public KeywordCount keywordsOf(PythonVersion v) {
    for (KeywordCount k : keywords) {
      if (v.atLeast(k.from()) && k.to().atLeast(v)) {
        return k;
      }
    }
    return null;
  }
}
