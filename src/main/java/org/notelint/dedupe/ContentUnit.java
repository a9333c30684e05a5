package org.notelint.dedupe;

import org.notelint.model.SourceSpan;

/**
 * One piece of a note that dedupe compares: a paragraph, a list item with its nested lines, a
 * definition (term and body), a top-level piece of a code block (a class, a function, or the
 * statements between them), or a link entry (a block that is essentially one link).
 *
 * @param file the note's path relative to the input root
 * @param kind what the unit is
 * @param span where it is
 * @param section the headings above it, outermost first, joined by " > "
 * @param text the unit as written, markup removed for prose (for reports and the merge stage)
 * @param key the normalised form: words or code tokens joined by spaces, or the link
 * @param size words (prose), tokens (code) or 1 (link)
 * @param shingles the sorted distinct shingle hashes of the normalised form
 * @param contrast for code introduced as one side of a comparison ("Don't:", "Do:",
 *     "Python 2:"), that label in lower case; otherwise empty
 */
public record ContentUnit(String file, Kind kind, SourceSpan span, String section, String text,
    String key, int size, long[] shingles, String contrast) {

  /** What a unit is; {@link #family()} says which units are compared with which. */
  public enum Kind {
    PARAGRAPH("paragraph"), LIST_ITEM("list-item"), DEFINITION("definition"), CODE("code"),
    LINK("link");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** prose, code or link: units of different families are never compared. */
    public String family() {
      return this == CODE ? "code" : this == LINK ? "link" : "prose";
    }
  }

  /** The report order: file, then position. */
  public static final java.util.Comparator<ContentUnit> ORDER =
      java.util.Comparator.comparing(ContentUnit::file).thenComparing(ContentUnit::span);

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentUnit u && u.file.equals(file) && u.span.equals(span)
        && u.kind == kind;
  }

  @Override
  public int hashCode() {
    return file.hashCode() * 31 + span.hashCode();
  }

  @Override
  public String toString() {
    return file + ":" + span.lineRange() + " " + kind.label();
  }
}
