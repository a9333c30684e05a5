package org.notelint.lint.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.kinds.Template;
import org.notelint.model.Block;
import org.notelint.model.Format;
import org.notelint.model.ListItem;
import org.notelint.model.Mark;
import org.notelint.model.PlainText;
import org.notelint.model.Section;
import org.notelint.model.Text;

/**
 * {@code toc-mismatch}: a table of contents that disagrees with the headings. A list is a
 * table of contents when at least three entries and two thirds of them link into the page
 * ({@code [x](#anchor)}), or when it sits under a heading that names a table of contents
 * ({@link Section#isContents}). Reported: an entry whose text names no heading (entries
 * whose link is broken are left to {@code broken-anchor}), and, for a table that lists at
 * least 80% of the headings of the levels it covers, each heading of those levels that it
 * leaves out.
 */
public final class TocCheck implements Check {
  private static final Pattern NUMBERING = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|[ivx]+\\.)\\s+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final double COMPLETE = 0.8;

  private record Entry(ListItem item, String text, List<String> fragments) {}

  @Override
  public String name() {
    return "toc-mismatch";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    Format f = doc.doc().format();
    if (f == Format.RST || f == Format.UNREAD) {
      return;
    }
    List<Section> sections = Tree.sections(doc.doc().root());
    List<Section> holders = new ArrayList<>();
    holders.add(doc.doc().root());
    holders.addAll(sections);
    // Every list that reads as a table of contents; a note may split one over several lists.
    List<Toc> tocs = new ArrayList<>();
    for (Section holder : holders) {
      for (List<ListItem> list : runs(holder.blocks())) {
        List<Entry> entries = new ArrayList<>();
        for (ListItem li : list) {
          collect(li, entries);
        }
        long linked = entries.stream().filter(e -> !e.fragments().isEmpty()).count();
        boolean titled = holder.isContents();
        if (entries.size() >= 3 && (titled || linked * 3 >= entries.size() * 2)) {
          tocs.add(new Toc(holder, list, entries));
        }
      }
    }
    if (tocs.isEmpty()) {
      return;
    }
    Anchors anchors = Anchors.of(doc);
    Set<Section> covered = new HashSet<>();
    for (Toc toc : tocs) {
      entries(rule, toc.entries(), sections, anchors, covered, sink);
    }
    Toc main = tocs.get(0);
    for (Toc toc : tocs) {
      main = toc.entries().size() > main.entries().size() ? toc : main;
    }
    missing(rule, main, sections, covered, sink);
  }

  private record Toc(Section holder, List<ListItem> list, List<Entry> entries) {}

  /** Adds what the entries list to {@code covered}; reports entries that name no heading. */
  private static void entries(RuleMeta rule, List<Entry> entries, List<Section> sections,
      Anchors anchors, Set<Section> covered, Sink sink) {
    for (Entry e : entries) {
      for (String fragment : e.fragments()) {
        Section target = anchors.has(fragment) ? anchors.section(fragment) : null;
        if (target != null) {
          covered.add(target);
        }
      }
      Section named = byText(e.text(), sections);
      if (named != null) {
        covered.add(named);
      } else if (e.fragments().isEmpty() && !e.text().isBlank()) {
        // Linked entries are judged by their links; a broken one is broken-anchor's.
        sink.report(rule, e.item().text().span(), Template.fill(rule.message(),
            Map.of("problem", "entry '" + e.text() + "' names no heading of this note")), null);
      }
    }
  }

  /** Reports the headings a nearly complete table leaves out. */
  private static void missing(RuleMeta rule, Toc toc, List<Section> sections,
      Set<Section> covered, Sink sink) {
    if (covered.isEmpty()) {
      return;
    }
    int min = covered.stream().mapToInt(Section::level).min().orElse(1);
    int max = covered.stream().mapToInt(Section::level).max().orElse(6);
    List<ListItem> list = toc.list();
    int tocEnd = list.get(list.size() - 1).span().endLine();
    List<Section> candidates = new ArrayList<>();
    for (Section s : sections) {
      if (s != toc.holder() && s.level() >= min && s.level() <= max
          && s.headingSpan().startLine() > tocEnd) {
        candidates.add(s);
      }
    }
    long listed = candidates.stream().filter(covered::contains).count();
    if (candidates.size() < 3 || listed < COMPLETE * candidates.size()) {
      return;
    }
    int tocLine = list.get(0).span().startLine();
    for (Section s : candidates) {
      if (!covered.contains(s)) {
        sink.report(rule, s.headingSpan(), Template.fill(rule.message(), Map.of("problem",
            "heading '" + Tree.shownTitle(s) + "' is missing from the table of contents at line "
                + tocLine)), null);
      }
    }
  }

  /** Runs of consecutive top-level list items. */
  private static List<List<ListItem>> runs(List<Block> blocks) {
    List<List<ListItem>> out = new ArrayList<>();
    List<ListItem> cur = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof ListItem li) {
        cur.add(li);
      } else if (!cur.isEmpty()) {
        out.add(cur);
        cur = new ArrayList<>();
      }
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  private static void collect(ListItem li, List<Entry> out) {
    Text t = li.text();
    List<String> fragments = new ArrayList<>();
    for (Mark m : t.marks()) {
      if (m.kind() == Mark.Kind.URL && t.value().startsWith("#", m.start())) {
        fragments.add(t.value().substring(m.start() + 1, m.end()).strip());
      }
    }
    out.add(new Entry(li, PlainText.of(t), fragments));
    for (Block b : li.children()) {
      if (b instanceof ListItem child) {
        collect(child, out);
      }
    }
  }

  private static Section byText(String text, List<Section> sections) {
    String want = normal(text);
    if (want.isEmpty()) {
      return null;
    }
    Section loose = null;
    for (Section s : sections) {
      String have = normal(s.plainTitle());
      if (have.equals(want)) {
        return s;
      }
      if (loose == null && !have.isEmpty() && (contains(have, want) || contains(want, have))) {
        loose = s;
      }
    }
    return loose;
  }

  private static boolean contains(String longer, String shorter) {
    return (" " + longer + " ").contains(" " + shorter + " ");
  }

  static String normal(String s) {
    String n = NUMBERING.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
    return NOT_ALNUM.matcher(n).replaceAll(" ").strip();
  }
}
