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
 * ({@code [x](#anchor)}), or when it sits under a heading named "Contents" or "Table of
 * contents". Reported: an entry whose text names no heading (entries whose link is broken
 * are left to {@code broken-anchor}), and, for a table that lists at least 80% of the
 * headings of the levels it covers, each heading of those levels that it leaves out.
 */
public final class TocCheck implements Check {
  private static final Pattern TOC_TITLE = Pattern.compile(
      "(?i)^(table of contents|contents|toc|index|outline|содержание|оглавление)$");
  private static final Pattern NUMBERING = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|[ivx]+\\.)\\s+");
  private static final double COMPLETE = 0.8;

  private record Entry(ListItem item, String text, String fragment) {}

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
    Anchors anchors = null;
    for (Section holder : holders) {
      List<List<ListItem>> lists = runs(holder.blocks());
      for (List<ListItem> list : lists) {
        List<Entry> entries = new ArrayList<>();
        for (ListItem li : list) {
          collect(li, entries);
        }
        long linked = entries.stream().filter(e -> e.fragment() != null).count();
        boolean titled = !holder.isRoot() && TOC_TITLE.matcher(holder.plainTitle()).matches();
        if (entries.size() < 3 || !titled && linked * 3 < entries.size() * 2) {
          continue;
        }
        if (anchors == null) {
          anchors = Anchors.of(doc.doc());
        }
        check(rule, entries, list, holder, sections, anchors, sink);
      }
    }
  }

  private static void check(RuleMeta rule, List<Entry> entries, List<ListItem> list,
      Section holder, List<Section> sections, Anchors anchors, Sink sink) {
    Set<Section> covered = new HashSet<>();
    for (Entry e : entries) {
      if (e.fragment() != null) {
        if (!anchors.has(e.fragment())) {
          Section named = byText(e.text(), sections);
          if (named != null) {
            covered.add(named);
          }
          continue; // broken-anchor reports it
        }
        Section target = anchors.section(e.fragment());
        if (target != null) {
          covered.add(target);
        }
        continue; // a working link (to a heading, or to an anchor outside the outline)
      }
      Section named = byText(e.text(), sections);
      if (named != null) {
        covered.add(named);
      } else if (!e.text().isBlank()) {
        sink.report(rule, e.item().text().span(), Template.fill(rule.message(),
            Map.of("problem", "entry '" + e.text() + "' names no heading of this note")), null);
      }
    }
    if (covered.isEmpty()) {
      return;
    }
    int min = covered.stream().mapToInt(Section::level).min().orElse(1);
    int max = covered.stream().mapToInt(Section::level).max().orElse(6);
    int tocEnd = list.get(list.size() - 1).span().endLine();
    List<Section> candidates = new ArrayList<>();
    for (Section s : sections) {
      if (s != holder && s.level() >= min && s.level() <= max
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
            "heading '" + s.plainTitle() + "' is missing from the table of contents at line "
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
    String fragment = null;
    for (Mark m : t.marks()) {
      if (m.kind() == Mark.Kind.URL && t.value().startsWith("#", m.start())) {
        fragment = t.value().substring(m.start() + 1, m.end()).strip();
        break;
      }
    }
    out.add(new Entry(li, PlainText.of(t), fragment));
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
    return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
