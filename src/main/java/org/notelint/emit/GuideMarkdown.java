package org.notelint.emit;

import java.util.ArrayList;
import java.util.List;
import org.notelint.merge.Guide;
import org.notelint.merge.Guide.Fate;
import org.notelint.merge.Guide.Entries;
import org.notelint.merge.Guide.Part;
import org.notelint.merge.Guide.Subsection;
import org.notelint.merge.Merger;

/** Writes the guide as one Markdown document: banner, contents, topics, link definitions. */
public final class GuideMarkdown {
  /** The guide's title (its only level-1 heading). */
  public static final String TITLE = "Python notes: a consolidated guide";

  private GuideMarkdown() {}

  /** The whole guide; {@code version} is notelint's, named in the banner. */
  public static String write(Guide g, String version) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(TITLE).append("\n\n");
    sb.append(banner(g, version)).append("\n\n");
    sb.append("## Contents\n\n");
    contents(g.parts(), 0, sb);
    for (Part p : g.parts()) {
      part(p, 0, sb);
    }
    if (!g.linkDefinitions().isEmpty()) {
      sb.append('\n');
      for (String d : g.linkDefinitions()) {
        sb.append(d).append('\n');
      }
    }
    String out = sb.toString().replaceAll("\n{3,}", "\n\n");
    return out.endsWith("\n") ? out : out + "\n";
  }

  private static String banner(Guide g, String version) {
    int topics = count(g.parts());
    long held = g.accounts().stream().filter(a -> a.fate() == Fate.HELD_BACK).count();
    long dup = g.accounts().stream().filter(a -> a.fate() == Fate.DUPLICATE).count();
    List<String> legend = new ArrayList<>();
    for (Guide.SourceFile f : g.files()) {
      legend.add("`" + f.shortName() + "` = `" + f.path() + "`");
    }
    StringBuilder sb = new StringBuilder("> ").append(Merger.BANNER).append(' ')
        .append(version).append(" from ").append(g.files().size())
        .append(g.files().size() == 1 ? " note file" : " note files").append(", in ")
        .append(topics).append(topics == 1 ? " topic" : " topics").append(". ")
        .append("Each entry ends with where it came from (file and line); ")
        .append(dup).append(dup == 1 ? " copy was folded into the entry it repeats, "
            : " copies were folded into the entries they repeat, ")
        .append(g.corrections().size()).append(g.corrections().size() == 1 ? " correction was"
            : " corrections were").append(" applied, and ").append(held)
        .append(held == 1 ? " statement was" : " statements were")
        .append(" held back for review (see the report).");
    if (!legend.isEmpty()) {
      sb.append("\n>\n> Sources: ").append(String.join(", ", legend)).append('.');
    }
    return sb.toString();
  }

  private static int count(List<Part> parts) {
    int n = 0;
    for (Part p : parts) {
      n += 1 + count(p.children());
    }
    return n;
  }

  private static void contents(List<Part> parts, int depth, StringBuilder sb) {
    for (Part p : parts) {
      sb.append("  ".repeat(depth)).append("- [").append(p.topic().title()).append("](#")
          .append(p.anchor()).append(")\n");
      for (Subsection s : p.subsections()) {
        sb.append("  ".repeat(depth + 1)).append("- [").append(s.heading()).append("](#")
            .append(s.anchor()).append(")\n");
      }
      contents(p.children(), depth + 1, sb);
    }
    if (depth == 0) {
      sb.append('\n');
    }
  }

  private static void part(Part p, int depth, StringBuilder sb) {
    sb.append("#".repeat(depth + 2)).append(' ').append(p.topic().title()).append("\n\n");
    entries(p.entries(), sb);
    // A topic's entries that stood under a heading of their own in their notes, each run
    // under that heading, one level below the topic's.
    for (Subsection s : p.subsections()) {
      sb.append("#".repeat(depth + 3)).append(' ').append(s.heading()).append("\n\n");
      entries(s.entries(), sb);
    }
    if (!p.sources().isEmpty()) {
      // Below a subsection, the list says it is the whole topic's, not the subsection's.
      sb.append('*').append(Merger.SOURCES_LEAD);
      if (!p.subsections().isEmpty()) {
        sb.append(" of ").append(p.topic().title());
      }
      sb.append(": ").append(String.join("; ", p.sources())).append(".*\n\n");
    }
    for (Part c : p.children()) {
      part(c, depth + 1, sb);
    }
  }

  private static void entries(Entries e, StringBuilder sb) {
    for (String x : e.definitions()) {
      sb.append(x).append("\n\n");
    }
    for (String x : e.explanations()) {
      sb.append(x).append("\n\n");
    }
    for (String x : e.examples()) {
      sb.append(x).append("\n\n");
    }
    if (!e.reading().isEmpty()) {
      sb.append("**Further reading**\n\n");
      for (String x : e.reading()) {
        sb.append(x).append('\n');
      }
      sb.append('\n');
    }
    if (!e.questions().isEmpty()) {
      sb.append("**Open questions**\n\n");
      for (String x : e.questions()) {
        sb.append(x).append('\n');
      }
      sb.append('\n');
    }
  }
}
