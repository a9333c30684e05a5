package org.notelint.lint.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.model.Definition;
import org.notelint.model.LinkDefinition;
import org.notelint.model.ListItem;
import org.notelint.model.Mark;
import org.notelint.model.NoteDocument;
import org.notelint.model.Paragraph;
import org.notelint.model.Raw;
import org.notelint.model.Section;
import org.notelint.model.SourceSpan;
import org.notelint.model.Table;
import org.notelint.model.Text;

/**
 * The references and targets of a reStructuredText note, following docutils: names are
 * compared case-insensitively with whitespace folded; section titles are implicit targets;
 * {@code `text <url>`_} both links and defines a target named "text"; anonymous references
 * ({@code __}) and auto-numbered footnotes ({@code [#]_}) are not matched by name.
 */
final class RstReferences {
  /** What a reference or target names. */
  enum Kind { LINK, FOOTNOTE, SUBSTITUTION }

  /** A reference in the text, or a definition, with its place. */
  record Ref(Kind kind, String name, String shown, SourceSpan span, boolean external) {}

  private static final Pattern EMBEDDED = Pattern.compile("`([^`<]*?)\\s*<([^>`]+)>`(__?)");
  private static final Pattern PHRASE = Pattern.compile("(?<![\\w`])`([^`]+)`_(?!_)");
  private static final Pattern FOOTNOTE = Pattern.compile("(?<![\\w\\]])\\[([^\\]\\s]+)\\]_(?!\\w)");
  private static final Pattern SUBST = Pattern.compile("(?<![\\w|])\\|(?!\\s)([^|\\n]*?[^|\\s])\\|(?:__?)?(?![\\w|])");
  private static final Pattern SIMPLE =
      Pattern.compile("(?<![\\w`:/.\\-|])([A-Za-z0-9](?:[\\w.+-]*[A-Za-z0-9])?)_(?![\\w`])");
  private static final Pattern INLINE_TARGET = Pattern.compile("_`([^`]+)`");
  private static final Pattern SUBST_DEF = Pattern.compile("^\\.\\.\\s+\\|([^|]+)\\|");
  private static final Pattern NAME_OPTION = Pattern.compile("(?m)^\\s+:name:\\s*(\\S.*)$");
  /** Substitutions Sphinx defines for every document. */
  private static final Set<String> BUILTIN_SUBSTITUTIONS = Set.of("version", "release", "today");

  final List<Ref> references = new ArrayList<>();
  /** Normalised name to its definition, per kind; implicit targets have no span. */
  final Map<Kind, Map<String, Ref>> targets = new LinkedHashMap<>();

  private RstReferences() {
    for (Kind k : Kind.values()) {
      targets.put(k, new LinkedHashMap<>());
    }
  }

  /** The references and targets of the document, found once per document. */
  static RstReferences of(org.notelint.lint.DocContext ctx) {
    return ctx.memo("rst-references", () -> of(ctx.doc()));
  }

  private static RstReferences of(NoteDocument doc) {
    RstReferences r = new RstReferences();
    String[] lines = doc.source().split("\n", -1);
    for (String s : BUILTIN_SUBSTITUTIONS) {
      r.define(Kind.SUBSTITUTION, s, null, false);
    }
    for (Section s : Tree.sections(doc.root())) {
      r.define(Kind.LINK, Anchors.render(s.title()).strip(), null, false);
      r.scan(s.title());
    }
    Tree.blocks(doc.root(), b -> {
      if (b instanceof Paragraph p) {
        r.scan(p.text());
      } else if (b instanceof ListItem li) {
        r.scan(li.text());
      } else if (b instanceof Definition d) {
        r.scan(d.term());
      } else if (b instanceof Table t) {
        t.rows().forEach(row -> row.forEach(r::scan));
      } else if (b instanceof LinkDefinition l) {
        String label = l.label().strip();
        String first = lines[l.span().startLine() - 1];
        SourceSpan head = new SourceSpan(l.span().startLine(), 1, l.span().startLine(),
            first.stripTrailing().length() + 1, -1);
        boolean footnote = first.stripLeading().startsWith(".. [");
        if (footnote) {
          if (!label.equals("#") && !label.equals("*")) {
            r.define(Kind.FOOTNOTE, label.startsWith("#") ? label.substring(1) : label,
                head, true);
          }
          r.scan(l.text()); // a footnote body can cite other footnotes
        } else if (!label.equals("_") && !label.isEmpty()) {
          String url = l.url();
          boolean alias = url.endsWith("_") && !url.contains("://");
          r.define(Kind.LINK, label, head, !url.isEmpty() && !alias);
          if (alias) {
            r.reference(Kind.LINK, url.substring(0, url.length() - 1).replace("`", ""), head);
          }
        }
      } else if (b instanceof Raw raw) {
        String v = raw.text().value();
        Matcher m = SUBST_DEF.matcher(v);
        if (raw.rawKind() == Raw.Kind.SUBSTITUTION && m.find()) {
          r.define(Kind.SUBSTITUTION, m.group(1), raw.text().span(0, raw.text().lineEnd(0)),
              true);
        }
        Matcher n = NAME_OPTION.matcher(v);
        while (n.find()) {
          r.define(Kind.LINK, n.group(1).strip(), null, false);
        }
      }
    });
    return r;
  }

  static String normal(String name) {
    return org.notelint.util.Spaces.collapse(name.strip()).toLowerCase(Locale.ROOT);
  }

  private void define(Kind kind, String name, SourceSpan span, boolean reportIfUnused) {
    String n = normal(name);
    if (!n.isEmpty()) {
      targets.get(kind).putIfAbsent(n, new Ref(kind, n, name.strip(), span, reportIfUnused));
    }
  }

  private void reference(Kind kind, String name, SourceSpan span) {
    references.add(new Ref(kind, normal(name), name.strip(), span, false));
  }

  private void scan(Text t) {
    String raw = t.value();
    char[] noCode = raw.toCharArray();
    for (Mark m : t.marks()) {
      if (m.kind() == Mark.Kind.CODE) {
        blank(noCode, m.start(), m.end());
      }
    }
    String v = new String(noCode);
    Matcher it = INLINE_TARGET.matcher(raw);
    while (it.find()) {
      define(Kind.LINK, it.group(1), null, false);
    }
    Matcher e = EMBEDDED.matcher(v);
    char[] rest = noCode.clone();
    while (e.find()) {
      String target = e.group(2).strip();
      boolean anonymous = e.group(3).length() == 2;
      if (target.endsWith("_") && !target.contains("://") && !target.contains(" ")) {
        reference(Kind.LINK, target.substring(0, target.length() - 1), t.span(e.start(2),
            e.end(2)));
      } else if (!anonymous && !e.group(1).isBlank()) {
        define(Kind.LINK, e.group(1), null, false);
      }
      blank(rest, e.start(), e.end());
    }
    for (Mark m : t.marks()) {
      if (m.kind() == Mark.Kind.URL) {
        blank(rest, m.start(), m.end());
      }
    }
    String s = new String(rest);
    if (s.indexOf('_') < 0 && s.indexOf('|') < 0) {
      return;
    }
    Matcher p = PHRASE.matcher(s);
    while (p.find()) {
      reference(Kind.LINK, p.group(1), t.span(p.start(), p.end()));
      blank(rest, p.start(), p.end());
    }
    s = new String(rest);
    Matcher f = FOOTNOTE.matcher(s);
    while (f.find()) {
      String label = f.group(1);
      if (!label.equals("#") && !label.equals("*")) {
        reference(Kind.FOOTNOTE, label.startsWith("#") ? label.substring(1) : label,
            t.span(f.start(), f.end()));
      }
      blank(rest, f.start(), f.end());
    }
    s = new String(rest);
    Matcher sub = SUBST.matcher(s);
    while (sub.find()) {
      reference(Kind.SUBSTITUTION, sub.group(1), t.span(sub.start(), sub.end()));
      blank(rest, sub.start(), sub.end());
    }
    s = new String(rest);
    Matcher simple = SIMPLE.matcher(s);
    while (simple.find()) {
      reference(Kind.LINK, simple.group(1), t.span(simple.start(), simple.end()));
    }
  }

  private static void blank(char[] v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (v[i] != '\n') {
        v[i] = ' ';
      }
    }
  }
}
