package org.notelint.lint.checks;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.model.Format;
import org.notelint.model.NoteDocument;
import org.notelint.model.PlainText;
import org.notelint.model.Section;
import org.notelint.model.Text;

/**
 * The in-page anchors a note defines: heading slugs (GitHub's rules, with the repeat
 * suffixes {@code -1}, {@code -2}; also Jupyter's case-kept form) and explicit anchors
 * ({@code <a id>}, {@code <a name>}, any element's {@code id}, Pandoc {@code {#id}}).
 * Lookup ignores case, so a link that works in some renderer is not called broken.
 */
final class Anchors {
  private static final Pattern HTML_ID = Pattern.compile(
      "<[A-Za-z][\\w-]*\\b[^>]*?\\s(?:id|name)\\s*=\\s*\\\\?[\"']?([^\"'\\\\\\s>]+)");
  private static final Pattern QUOTED_HEADING =
      Pattern.compile("(?m)^[ \\t]*(?:>[ \\t]?)+#{1,6}[ \\t]+(.*?)[ \\t#]*$");
  private static final Pattern PANDOC_ID = Pattern.compile("\\{#([\\w:.-]+)[^}]*\\}\\s*$");

  /** An anchor as written, and the section it names ({@code null} for free-standing ids). */
  private record Target(String anchor, Section section, boolean explicit) {}

  /** Lower-cased anchor to its target. */
  private final Map<String, Target> anchors = new LinkedHashMap<>();

  private Anchors() {}

  /** The anchors of the document, built once per document. */
  static Anchors of(org.notelint.lint.DocContext ctx) {
    return ctx.memo("anchors", () -> of(ctx.doc()));
  }

  private static Anchors of(NoteDocument doc) {
    Anchors a = new Anchors();
    Map<String, Integer> seen = new HashMap<>();
    for (Section s : Tree.sections(doc.root())) {
      String rendered = render(s.title());
      for (String variant : new String[] {rendered.strip(), rendered.stripLeading()}) {
        a.put(slug(variant), s, false);
      }
      String slug = slug(rendered.strip());
      int n = seen.merge(slug, 1, Integer::sum) - 1;
      if (n > 0) {
        a.put(slug + "-" + n, s, false);
      }
      a.put(rendered.strip().replaceAll("\\s+", "-"), s, false);
      for (String id : s.anchors()) {
        a.put(id, s, true);
      }
      Matcher p = PANDOC_ID.matcher(s.title().value());
      if (p.find()) {
        a.put(p.group(1), s, true);
      }
    }
    if (doc.format() == Format.MARKDOWN) {
      // Headings inside block quotes get anchors too, but are not sections of the outline.
      Matcher q = QUOTED_HEADING.matcher(doc.source());
      while (q.find()) {
        String text = q.group(1).replaceAll("`|\\*\\*|__|<[^>]+>", "");
        a.put(slug(text.strip()), null, false);
      }
    }
    Matcher m = HTML_ID.matcher(doc.source());
    while (m.find()) {
      a.put(m.group(1), null, true);
    }
    return a;
  }

  private void put(String anchor, Section s, boolean explicit) {
    if (!anchor.isEmpty()) {
      anchors.putIfAbsent(anchor.toLowerCase(Locale.ROOT), new Target(anchor, s, explicit));
    }
  }

  /** True when {@code fragment} (without '#', possibly percent-encoded) names an anchor. */
  boolean has(String fragment) {
    return anchors.containsKey(normal(fragment));
  }

  /** The section an anchor belongs to, or {@code null}. */
  Section section(String fragment) {
    Target t = anchors.get(normal(fragment));
    return t == null ? null : t.section();
  }

  /**
   * The one anchor one edit from {@code fragment} (two for long ones): a typo's repair. When
   * several are as close, an explicit anchor wins over heading slugs if it is the only one;
   * otherwise there is no suggestion.
   */
  String nearest(String fragment) {
    String f = normal(fragment);
    int limit = f.length() >= 16 ? 2 : 1;
    int bestD = Integer.MAX_VALUE;
    java.util.List<Target> best = new java.util.ArrayList<>();
    for (Map.Entry<String, Target> e : anchors.entrySet()) {
      String a = e.getKey();
      if (Math.abs(a.length() - f.length()) > limit) {
        continue;
      }
      int d = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance()
          .apply(a, f);
      if (d < bestD) {
        bestD = d;
        best.clear();
      }
      if (d == bestD) {
        best.add(e.getValue());
      }
    }
    if (bestD > limit || best.isEmpty()) {
      return null;
    }
    if (best.size() == 1) {
      return best.get(0).anchor();
    }
    java.util.List<Target> explicit = best.stream().filter(Target::explicit).toList();
    return explicit.size() == 1 ? explicit.get(0).anchor() : null;
  }

  private static String normal(String fragment) {
    String f = fragment;
    if (f.indexOf('%') >= 0) {
      try {
        f = URLDecoder.decode(f.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        // Not valid percent-encoding: compare as written.
      }
    }
    return f.toLowerCase(Locale.ROOT);
  }

  /** GitHub's heading slug of already rendered heading text (before repeat suffixes). */
  static String slug(String rendered) {
    return org.notelint.util.Slugs.github(rendered);
  }

  /** Heading text as a renderer shows it, spaces as written (they count in slugs). */
  static String render(Text title) {
    return PlainText.unfolded(title).replace('\n', ' ');
  }
}
