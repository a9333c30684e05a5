package org.notelint.merge;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notelint.model.Category;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;
import org.notelint.model.Section;
import org.notelint.model.SourceSpan;
import org.notelint.util.Slugs;

/**
 * The source heading an entry is shown under inside its topic. A topic gathers sections of
 * many notes; the heading that named the topic ("Decorators") is the guide's own, but one that
 * says more ("Rounding like a banker", "Check if a variable equals a constant") is what the
 * entries under it are about, and without it they read as loose remarks.
 *
 * <p>For an entry, the nearest heading above it in its note that says something: labels
 * ("Explanation", "Example", or any heading a note repeats {@value #LABEL_REPEATS} times or
 * more, such as a translated "Explanation") and generic headings are passed over on the way
 * up; a heading that is a topic's name, a chapter (more than {@value #CHAPTER_BLOCKS} blocks)
 * or the note's title ends the search with none. A heading with a finding at warning or above
 * (a placeholder, a misspelling) is passed over too: the guide does not show what it flags.
 */
final class Subheadings {
  /** A heading a note uses this many times is a label ("说明", "Объяснение"). */
  static final int LABEL_REPEATS = 3;
  /** A section this large is a chapter: its heading is too broad to caption a few entries. */
  static final int CHAPTER_BLOCKS = 40;

  private final Taxonomy taxonomy;
  private final Map<Section, Section> parent = new IdentityHashMap<>();
  private final Map<Section, Integer> size = new IdentityHashMap<>();
  /** Headings that label a part of their section ({@link #isLabel}). */
  private final Set<Section> labels = java.util.Collections.newSetFromMap(
      new IdentityHashMap<>());
  /** Sections that are their note's title: the one top-level heading of the note. */
  private final Map<Section, Boolean> title = new IdentityHashMap<>();
  private final Map<Section, Section> memo = new IdentityHashMap<>();
  /** The topics' anchors: a heading with the same anchor would take a topic's place. */
  private final Set<String> topicAnchors;

  /** Headings with a finding at warning or above ("TODO: a better example"). */
  private final Set<Section> flagged = java.util.Collections.newSetFromMap(
      new IdentityHashMap<>());

  /**
   * {@code outside}: by file, the findings at warning or above outside every content unit.
   * A heading one of them flags is not shown ({@link #flags}).
   */
  Subheadings(Taxonomy taxonomy, Iterable<NoteDocument> docs, Set<String> topicAnchors,
      Map<String, List<Finding>> outside) {
    this.taxonomy = taxonomy;
    this.topicAnchors = topicAnchors;
    for (NoteDocument d : docs) {
      List<Section> all = new java.util.ArrayList<>();
      walk(d.root(), null, all);
      Map<String, Integer> counts = headingCounts(d.root());
      for (Section s : all) {
        if (isLabel(taxonomy, s, counts)) {
          labels.add(s);
        }
        for (Finding f : outside.getOrDefault(d.path(), List.of())) {
          if (flags(f, s)) {
            flagged.add(s);
          }
        }
      }
      if (d.root().children().size() == 1) {
        title.put(d.root().children().get(0), true);
      }
    }
  }

  /**
   * True when {@code f} flags the words of heading {@code s}: a factual claim, a misspelling,
   * mojibake or a placeholder in it. Not a finding about the heading as a whole (left out of
   * a table of contents, an empty section), which spans the heading, nor a grammar note.
   */
  private static boolean flags(Finding f, Section s) {
    SourceSpan h = s.headingSpan();
    int line = f.span().startLine();
    if (line < h.startLine() || line > h.endLine()) {
      return false;
    }
    Category c = f.category();
    return c.isFactual() || c == Category.SPELLING || c == Category.ENCODING
        || c == Category.STRUCTURE && !f.span().equals(h);
  }

  private int walk(Section s, Section up, List<Section> all) {
    int blocks = s.blocks().size();
    if (!s.isRoot()) {
      parent.put(s, up);
      all.add(s);
    }
    for (Section c : s.children()) {
      blocks += walk(c, s.isRoot() ? null : s, all);
    }
    size.put(s, blocks);
    return blocks;
  }

  /** How many headings of a note have each title, in normal form. */
  static Map<String, Integer> headingCounts(Section root) {
    Map<String, Integer> out = new HashMap<>();
    count(root, out);
    return out;
  }

  private static void count(Section s, Map<String, Integer> out) {
    for (Section c : s.children()) {
      out.merge(Taxonomy.normalize(c.plainTitle()), 1, Integer::sum);
      count(c, out);
    }
  }

  /**
   * True when heading {@code s} labels a part of its section rather than naming a subject:
   * one of the topics file's labels ("Explanation", "Example"), or a title its note uses
   * {@value #LABEL_REPEATS} times or more ({@code counts}, from {@link #headingCounts}), as a
   * translated "Explanation" is.
   */
  static boolean isLabel(Taxonomy taxonomy, Section s, Map<String, Integer> counts) {
    String title = s.plainTitle();
    return taxonomy.isLabel(title)
        || counts.getOrDefault(Taxonomy.normalize(title), 0) >= LABEL_REPEATS;
  }

  /** The heading shown above entries from {@code s} inside their topic, or null. */
  Section of(Section s) {
    if (s == null || s.isRoot()) {
      return null;
    }
    return memo.computeIfAbsent(s, this::find);
  }

  private Section find(Section s) {
    for (Section c = s; c != null; c = parent.get(c)) {
      String heading = c.plainTitle();
      if (title.containsKey(c) || size.get(c) > CHAPTER_BLOCKS
          || taxonomy.namedAsAWhole(heading) != null
          || topicAnchors.contains(Slugs.github(heading))) {
        return null;
      }
      if (heading.codePoints().noneMatch(Character::isLetterOrDigit) || flagged.contains(c)
          || taxonomy.isGeneric(heading) || labels.contains(c)) {
        continue;
      }
      return c;
    }
    return null;
  }
}
