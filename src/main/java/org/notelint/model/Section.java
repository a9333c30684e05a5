package org.notelint.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A section: its heading (title text, level 1..6, span), the explicit anchors declared on
 * it ({@code <a id="x">}), its blocks and its sub-sections. The document root has level 0,
 * an empty title and holds what comes before the first heading.
 */
public record Section(Text title, int level, SourceSpan headingSpan, SourceSpan span,
    List<String> anchors, List<Block> blocks, List<Section> children) {
  /**
   * A title that names a table of contents, in the languages of the notes seen: "Table of
   * Contents", "Contents:", "TOC", "Index", "Outline", "Содержание", "فهرست مطالب", "目录".
   */
  private static final Pattern CONTENTS = Pattern.compile("(?iu)[\\p{P}\\s]*(?:table\\s+of\\s+"
      + "contents?|contents?|toc|index|outline|содержание|оглавление|فهرست(?:\\s+مطالب)?|目[录錄])"
      + "[\\p{P}\\s]*");

  public Section {
    anchors = List.copyOf(anchors);
    blocks = List.copyOf(blocks);
    children = List.copyOf(children);
  }

  /** True for the document root. */
  public boolean isRoot() {
    return level == 0;
  }

  /**
   * The title as a report shows it: markup and HTML removed, inline code as Markdown code
   * spans ({@link PlainText#display}).
   */
  public String displayTitle() {
    return PlainText.display(title);
  }

  /** The title as plain text with markup, code marks and HTML removed and spaces folded. */
  public String plainTitle() {
    return PlainText.of(title);
  }

  /** True when the title names a table of contents (the heading of a contents list). */
  public boolean isContents() {
    return !isRoot() && CONTENTS.matcher(plainTitle()).matches();
  }
}
