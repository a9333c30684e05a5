package org.notelint.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.lint.python.PyToken;
import org.notelint.lint.python.PyTokenizer;
import org.notelint.merge.Guide.Correction;
import org.notelint.merge.Guide.Fate;
import org.notelint.merge.Merger.Unit;
import org.notelint.model.Block;
import org.notelint.model.Category;
import org.notelint.model.CodeBlock;
import org.notelint.model.CodeRole;
import org.notelint.model.Definition;
import org.notelint.model.Finding;
import org.notelint.model.Fix;
import org.notelint.model.Format;
import org.notelint.model.LinkDefinition;
import org.notelint.model.ListItem;
import org.notelint.model.NoteDocument;
import org.notelint.model.Paragraph;
import org.notelint.model.PlainText;
import org.notelint.model.Quote;
import org.notelint.model.Raw;
import org.notelint.model.Section;
import org.notelint.model.Table;
import org.notelint.model.Text;
import org.notelint.prose.GrammarChecker;
import org.notelint.util.HtmlContent;

/** Renders kept units as Markdown entries of the guide, applying safe fixes on the way. */
final class Renderer {
  /** Three spaces inside a line: text laid out in columns. */
  private static final Pattern COLUMN_GAP = Pattern.compile("\\S {3,}\\S");
  /** How far short of its width a wrapped line may end (hand wrapping is ragged). */
  private static final int SLACK = 8;
  /** A line that ends on a word a phrase cannot end with: the text goes on below. */
  private static final Pattern WRAPPED_MID_PHRASE = Pattern.compile("(?i)(?:^|\\s)(?:a|an|"
      + "the|of|to|in|on|at|by|for|from|with|into|and|or|but|as|is|are|was|were|be|will|can|"
      + "that|which|than|its|their|this|these|not)$");
  /** The shortest suggestion the notes' own words can settle a misspelling on. */
  private static final int VOCABULARY_FIX_LENGTH = 6;
  /** A line break that is not a hard one ("\\" at the end of the line). */
  private static final Pattern SOFT_BREAK = Pattern.compile("(?<!\\\\)\n");

  /** Symbols before a heading's words ("▶ ", "💡 ", "> "), escaped or not. */
  private static final String DECORATION_BEFORE =
      "^(?:\\\\?[\\p{So}\\p{Sm}\\p{Mn}\\p{Cf}]|\\s)+";
  /** Markers after them (" *", " ✨"), escaped or not. */
  private static final String DECORATION_AFTER = "(?:\\s+\\\\?[*\\p{So}\\p{Mn}\\p{Cf}]+)+$";

  private static final Pattern RST_REFS = Pattern.compile("\\s*\\[(\\d+|#[\\w-]*|\\*)\\]_");

  private final Map<String, String> shortName;
  private final Map<NoteDocument, Map<String, String>> refs;
  private final Map<String, Map<String, Section>> anchorsOf;
  private final Map<Section, Topic> sectionGoesTo;
  private final Map<String, String> topicAnchor;
  private final List<Correction> corrections;
  /** Word counts of the notes, lower case ({@link #withVocabularyFix}). */
  private final Map<String, Integer> vocabulary;

  Renderer(Map<String, String> shortName, Map<NoteDocument, Map<String, String>> refs,
      Map<String, Map<String, Section>> anchorsOf, Map<Section, Topic> sectionGoesTo,
      Map<String, String> topicAnchor, List<Correction> corrections,
      Map<String, Integer> vocabulary) {
    this.shortName = shortName;
    this.refs = refs;
    this.anchorsOf = anchorsOf;
    this.sectionGoesTo = sectionGoesTo;
    this.topicAnchor = topicAnchor;
    this.corrections = corrections;
    this.vocabulary = vocabulary;
  }

  /** The entry for a top unit: its Markdown with kept nested units and its citation. */
  String entry(Unit u) {
    String cite = cite(u);
    Block b = u.block;
    // Links and open questions are listed; a question with its answer after it is prose.
    boolean bullet = (b instanceof Paragraph || b instanceof Raw)
        && (Merger.linkOnly(Merger.rawText(b))
        || Merger.ownText(b).strip().endsWith("?") && !Merger.answered(u));
    if (bullet && b instanceof Paragraph p) {
      String md = inline(u, p.text());
      List<String> out = new ArrayList<>();
      for (String line : md.split("\n")) {
        if (!line.isBlank()) {
          out.add("- " + line.strip());
        }
      }
      int last = out.size() - 1;
      out.set(last, out.get(last) + " " + cite);
      return String.join("\n", out);
    }
    return render(u, cite);
  }

  /**
   * {@code <sup>002:146, 148; 004:20</sup>}: where the unit (after the caption shown with it)
   * and its folded copies come from, each file named once with its lines.
   */
  private String cite(Unit u) {
    List<Unit> all = new ArrayList<>();
    if (u.showsCaption()) {
      all.add(u.caption);
    }
    all.add(u);
    List<Unit> copies = new ArrayList<>(u.copies);
    copies.sort(Comparator.comparing(Unit::file).thenComparing(x -> x.span().startLine()));
    all.addAll(copies);
    Map<String, List<Integer>> lines = new LinkedHashMap<>();
    for (Unit x : all) {
      List<Integer> of = lines.computeIfAbsent(shortName.get(x.file()), k -> new ArrayList<>());
      if (!of.contains(x.span().startLine())) {
        of.add(x.span().startLine());
      }
    }
    List<String> parts = new ArrayList<>();
    lines.forEach((file, at) -> parts.add(file + ":" + at.stream().map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(", "))));
    return "<sup>" + String.join("; ", parts) + "</sup>";
  }

  /**
   * A source heading as the guide shows it above a subsection: its words escaped, its code as
   * code spans, markup, links and HTML left out, and the symbols that decorate it dropped
   * ("▶ ", "> " before it, a marker " *" after it).
   */
  String heading(Section s) {
    String shown = PlainText.display(s.title(), t -> MarkdownOut.escape(t, false));
    String md = shown.replaceFirst(DECORATION_BEFORE, "").replaceFirst(DECORATION_AFTER, "");
    if (md.isBlank()) {
      md = shown;
    }
    // "C #": a closing sequence of '#' would be read as the end of the heading's markup.
    return md.endsWith("#") ? md.substring(0, md.length() - 1) + "\\#" : md;
  }

  private String render(Unit u, String cite) {
    Block b = u.block;
    if (b instanceof Paragraph p) {
      return withCite(paragraph(u, p.text()), cite);
    }
    if (b instanceof ListItem li) {
      String marker = li.marker().matches("\\d+[.)]") ? li.marker() : "-";
      String head = hang(marker + " ", withCite(inline(u, li.text()), cite));
      return head + nested(u, marker.length() + 1, List.of());
    }
    if (b instanceof Definition d) {
      String term = term(u, d.term());
      List<Unit> consumed = new ArrayList<>();
      String body = "";
      for (Unit c : kept(u)) {
        if (c.block instanceof Paragraph p) {
          body = (term.endsWith(":") || !term.startsWith("**") ? " " : ": ")
              + SOFT_BREAK.matcher(paragraph(c, p.text())).replaceAll(" ").strip();
          consumed.add(c);
        }
        break;
      }
      String head = hang("- ", withCite(term + body, cite));
      return head + nested(u, 2, consumed);
    }
    if (b instanceof CodeBlock c) {
      int correctedBefore = corrections.size();
      StringBuilder sb = new StringBuilder();
      if (u.showsCaption()) {
        sb.append(paragraph(u.caption, ((Paragraph) u.caption.block).text())).append("\n\n");
      }
      String body = body(u, c);
      sb.append(fence(body, language(u, c, body)));
      if (cite != null) {
        sb.append('\n').append(cite);
      }
      List<Unit> outputs = u.shownOutputs();
      if (!outputs.isEmpty()) {
        // A corrected comment ("Aslo" to "Also") leaves the printed output as it was.
        boolean fixed = corrections.size() > correctedBefore
            && changesCode(c.code().value(), body);
        sb.append(fixed ? "\n\nOutput (before the correction):" : "\n\nOutput:");
        for (Unit o : outputs) {
          sb.append("\n\n").append(code(o, (CodeBlock) o.block));
        }
      }
      return sb.toString();
    }
    if (b instanceof Quote) {
      StringBuilder sb = new StringBuilder();
      for (Unit c : kept(u)) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(render(c, null));
      }
      String quoted = sb.toString().lines().map(l -> l.isEmpty() ? ">" : "> " + l)
          .reduce((a, x) -> a + "\n" + x).orElse(">");
      return cite == null ? quoted : quoted + "\n\n" + cite;
    }
    if (b instanceof Table t) {
      // After a blank line: a line right below a table is read as one more row of it.
      return cite == null ? table(u, t) : table(u, t) + "\n\n" + cite;
    }
    if (b instanceof Raw r) {
      if (r.rawKind() == Raw.Kind.HTML) {
        List<String> shown = HtmlContent.of(r.text().value()).stream()
            .filter(HtmlContent::shown).map(p -> MarkdownOut.html(p, true)).toList();
        if (!shown.isEmpty()) {
          return withCite(String.join("\n\n", shown), cite);
        }
      }
      String fenced = fence(r.text().value(), r.rawKind() == Raw.Kind.HTML ? "html"
          : r.rawKind() == Raw.Kind.RAW_CELL ? "text" : "rst");
      // Below the fence: text after a closing fence makes it no closing fence at all.
      return cite == null ? fenced : fenced + "\n" + cite;
    }
    if (b instanceof LinkDefinition ld) {
      String url = ld.url();
      String title = PlainText.of(ld.text()).replaceAll("<\\s*>|`_?", "").strip();
      if (url.isEmpty()) {
        Matcher m = Pattern.compile("https?://[^\\s>`]+").matcher(ld.text().value());
        url = m.find() ? m.group() : "";
      }
      title = title.replace(url, "").replaceAll("\\s+", " ").strip();
      String md = url.isEmpty() ? MarkdownOut.escape(title.isEmpty() ? ld.label() : title)
          : title.isEmpty() ? "<" + url + ">" : "[" + MarkdownOut.escape(title) + "](" + url + ")";
      return withCite("- " + md, cite);
    }
    return "";
  }

  private static String withCite(String md, String cite) {
    return cite == null ? md : md + " " + cite.strip();
  }

  /**
   * A cheat-sheet term: a name read as code, a gap, then a Python comment on it
   * ("partial()   # useful to create zero-argument lambdas").
   */
  private static final java.util.regex.Pattern REFERENCE_TERM = java.util.regex.Pattern.compile(
      "[ \\t]*([A-Za-z_][\\w.]*(?:\\(\\))?)(?: {2,}|\\t+)#[ \\t]*(\\S.*?)[ \\t]*");

  /** A definition term in bold, RST citation references after it as links. */
  private String term(Unit u, Text term) {
    String plain = PlainText.of(term);
    String raw = term.value();
    Matcher ref = REFERENCE_TERM.matcher(raw);
    if (ref.matches() && term.marks().stream().anyMatch(mk -> mk.start() == ref.start(1)
        && mk.end() == ref.end(1) && mk.kind() == org.notelint.model.Mark.Kind.CODE)) {
      // The name is code and the comment says what it is: "**`partial()`**: useful to ...".
      return "**" + MarkdownOut.codeSpan(ref.group(1)) + "**: "
          + MarkdownOut.escape(ref.group(2));
    }
    if (term.marks().stream().anyMatch(mk -> mk.kind() == org.notelint.model.Mark.Kind.CODE
        && mk.start() == 0 && mk.end() == raw.length())) {
      return "**" + MarkdownOut.codeSpan(raw.strip()) + "**"; // a signature (".. method::")
    }
    if (Merger.linkOnly(plain) && Merger.words(plain.replaceAll("https?://\\S+", "")) == 0) {
      return "<" + plain.strip() + ">";
    }
    StringBuilder links = new StringBuilder();
    Matcher m = RST_REFS.matcher(raw);
    Map<String, String> r = refs.getOrDefault(u.doc, Map.of());
    while (m.find()) {
      String link = r.get("[" + m.group(1) + "]");
      links.append(' ').append(link != null ? link : MarkdownOut.escape(m.group().strip()));
    }
    String name = RST_REFS.matcher(plain).replaceAll("").strip();
    String colon = "";
    if (name.endsWith(":")) {
      name = name.substring(0, name.length() - 1).strip();
      colon = ":";
    }
    for (org.notelint.model.Mark mk : term.marks()) {
      String url = raw.substring(mk.start(), mk.end()).strip();
      if (mk.kind() == org.notelint.model.Mark.Kind.URL && url.matches("(?i)https?://\\S+")
          && !name.contains(url)) {
        links.append(" <").append(url).append('>'); // a term that carries a link keeps it
      }
    }
    if (Merger.words(name) > 6) {
      // Not a term but a line the reader took for one (a wrapped table row): plain text.
      return MarkdownOut.escape(name) + links + colon;
    }
    return "**" + MarkdownOut.escape(name) + "**" + links + colon;
  }

  /** Nested kept units of the same topic, indented under their parent. */
  private String nested(Unit u, int indent, List<Unit> skip) {
    StringBuilder sb = new StringBuilder();
    Unit prev = null;
    for (Unit c : kept(u)) {
      if (skip.contains(c) || c.shownUnderCode()) {
        prev = c;
        continue;
      }
      boolean tight = c.block instanceof ListItem || c.block instanceof Definition;
      sb.append(tight && (prev == null || prev.block instanceof ListItem
          || prev.block instanceof Definition) ? "\n" : "\n\n");
      sb.append(indent(render(c, null), indent));
      prev = c;
    }
    return sb.toString();
  }

  /**
   * Kept children in the parent's topic, in source order; a caption shown with its code (a
   * sibling) is left to that code, so it is not written twice.
   */
  private static List<Unit> kept(Unit u) {
    List<Unit> out = new ArrayList<>();
    for (Unit c : u.children) {
      if (c.fate == Fate.KEPT && c.topic == u.topic && !c.shownWithCode()) {
        out.add(c);
      }
    }
    return out;
  }

  private static String hang(String marker, String text) {
    String pad = " ".repeat(marker.length());
    String[] lines = text.split("\n", -1);
    StringBuilder sb = new StringBuilder(marker).append(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      sb.append('\n').append(lines[i].isEmpty() ? "" : pad + lines[i]);
    }
    return sb.toString();
  }

  static String indent(String md, int n) {
    String pad = " ".repeat(n);
    return md.lines().map(l -> l.isEmpty() ? "" : pad + l).reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  /**
   * A paragraph: its lines joined as Markdown soft breaks, except a run of short lines from
   * a plain-text note (a list written one item per line), which keeps its breaks.
   */
  private String paragraph(Unit u, Text t) {
    String md = inline(u, t);
    if (!markdown(u.doc) && t.lineCount() > 1 && lineList(t)) {
      return md.replace("\n", "\\\n");
    }
    return md;
  }

  /**
   * True when a plain-text or RST paragraph's lines were broken by hand, one item per line
   * ("import exception order" / "old/new style class differences"), so the guide keeps the
   * breaks: every line but the last is short; or half the lines are laid out in columns
   * ("f.flush()       Flush the internal buffer"); or on half the lines the next line's first
   * word would have fitted with room to spare, and no line stops mid-phrase ("calls portions
   * of"). Wrapped prose, even wrapped by hand, fills its lines to within a few characters of
   * its width: its longest line but the last, not counting lines with a URL (an address does
   * not wrap).
   */
  static boolean lineList(Text t) {
    int last = t.lineCount() - 1;
    int width = 0;
    int widest = -1;
    boolean shortLines = true;
    int columns = 0;
    for (int i = 0; i <= last; i++) {
      String line = t.line(i).strip();
      if (COLUMN_GAP.matcher(line).find()) {
        columns++;
      }
      if (i == last) {
        break;
      }
      shortLines &= line.length() <= 40;
      if (!line.contains("://") && line.length() > width) {
        width = line.length();
        widest = i;
      }
    }
    if (shortLines || 2 * columns >= last + 1) {
      return true;
    }
    int junctions = 0;
    int fits = 0;
    for (int i = 0; i < last; i++) {
      String line = t.line(i).strip();
      if (i == widest || line.contains("://")) {
        continue;
      }
      if (WRAPPED_MID_PHRASE.matcher(line).find()) {
        return false;
      }
      String next = t.line(i + 1).strip();
      int word = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
      junctions++;
      if (line.length() + 1 + word + SLACK <= width) {
        fits++;
      }
    }
    return fits > 0 && 2 * fits >= junctions;
  }

  private static boolean markdown(NoteDocument d) {
    return d.format() == Format.MARKDOWN || d.format() == Format.IPYNB
        || d.format() == Format.HTML || d.format() == Format.NOTEBOOK_EXPORT;
  }

  private String inline(Unit u, Text t) {
    List<MarkdownOut.Edit> edits = MarkdownOut.edits(t, safe(u));
    record(u, t, edits);
    Map<String, Section> anchors = anchorsOf.getOrDefault(u.file(), Map.of());
    return MarkdownOut.inline(t, markdown(u.doc), edits, fragment -> {
      Section s = anchors.get(fragment.toLowerCase(Locale.ROOT));
      Topic to = s == null ? null : sectionGoesTo.get(s);
      return to == null ? null : topicAnchor.get(to.id());
    }, refs.getOrDefault(u.doc, Map.of()));
  }

  private String code(Unit u, CodeBlock c) {
    String body = body(u, c);
    return fence(body, language(u, c, body));
  }

  /** The code of {@code c} as the guide shows it, with its safe fixes applied. */
  private String body(Unit u, CodeBlock c) {
    String body;
    // A notebook's or an HTML export's lines are JSON or markup, not the note's text: their
    // code is taken from the model, as read.
    boolean session = (c.role() == CodeRole.DOCTEST || c.role() == CodeRole.CONSOLE)
        && !c.notebookCell() && u.doc.format() != Format.IPYNB && u.doc.format() != Format.HTML;
    if (session) {
      // The block's span may include a fence or a label line: keep only the code's lines.
      int first = c.code().sourceLine(0);
      int last = c.code().sourceLine(c.code().lineCount() - 1);
      body = sourceLines(u.doc, first, last);
      if (!body.contains(">>>") && !body.contains("$") && !body.contains("(gdb)")) {
        body = c.code().value();
      }
    } else {
      List<MarkdownOut.Edit> edits = withCommentCuts(u, MarkdownOut.edits(c.code(), safe(u)));
      record(u, c.code(), edits);
      body = MarkdownOut.apply(c.code().value(), edits);
    }
    return body;
  }

  /**
   * {@code edits} plus the cuts of comments that make a flagged claim
   * ({@link Unit#commentCuts}); an edit inside a cut comment goes with it.
   */
  private static List<MarkdownOut.Edit> withCommentCuts(Unit u, List<MarkdownOut.Edit> edits) {
    if (u.commentCuts.isEmpty()) {
      return edits;
    }
    List<MarkdownOut.Edit> out = new ArrayList<>(u.commentCuts);
    for (MarkdownOut.Edit e : edits) {
      if (u.commentCuts.stream().noneMatch(x -> e.start() < x.end() && x.start() < e.end())) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparingInt(MarkdownOut.Edit::start));
    return out;
  }

  /** True when {@code a} and {@code b} start and end with the same letters, case aside. */
  static boolean sameEnds(String a, String b) {
    return !a.isEmpty() && !b.isEmpty()
        && Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0))
        && Character.toLowerCase(a.charAt(a.length() - 1))
        == Character.toLowerCase(b.charAt(b.length() - 1));
  }

  private static String language(Unit u, CodeBlock c, String body) {
    return c.language().isEmpty() ? switch (c.role()) {
      case DOCTEST -> "pycon";
      case CONSOLE -> "console";
      case OUTPUT -> "text";
      case SOURCE -> u.doc.format() == Format.IPYNB || c.notebookCell()
          || org.notelint.ingest.Pythonish.statementLike(firstCodeLine(body)) ? "python" : "text";
    } : c.language();
  }

  /**
   * True when {@code after} differs from {@code before} outside Python comments, so code
   * run from it could print something else.
   */
  static boolean changesCode(String before, String after) {
    return !codeTokens(before).equals(codeTokens(after));
  }

  private static List<String> codeTokens(String code) {
    List<String> out = new ArrayList<>();
    for (PyToken t : PyTokenizer.tokenize(code)) {
      if (t.type() != PyToken.Type.COMMENT) {
        out.add(t.text(code));
      }
    }
    return out;
  }

  private static String firstCodeLine(String body) {
    for (String l : body.split("\n")) {
      String s = l.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        return s;
      }
    }
    return "";
  }

  private static String sourceLines(NoteDocument d, int from, int to) {
    List<String> lines = d.source().lines().skip(from - 1L).limit(to - from + 1L).toList();
    int common = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
          i++;
        }
        common = Math.min(common, i);
      }
    }
    int cut = common == Integer.MAX_VALUE ? 0 : common;
    return String.join("\n", lines.stream().map(l -> l.length() >= cut ? l.substring(cut)
        : l.strip()).toList());
  }

  static String fence(String body, String lang) {
    String b = body.replaceAll("\\s+$", "");
    int n = Math.max(3, MarkdownOut.longestRun(b, '`') + 1);
    String f = "`".repeat(n);
    return f + lang + "\n" + b + "\n" + f;
  }

  private String table(Unit u, Table t) {
    StringBuilder sb = new StringBuilder();
    int cols = 0;
    for (List<Text> row : t.rows()) {
      cols = Math.max(cols, row.size());
    }
    for (int r = 0; r < t.rows().size(); r++) {
      List<Text> row = t.rows().get(r);
      sb.append('|');
      for (int c = 0; c < cols; c++) {
        String cell = c < row.size() ? inline(u, row.get(c)).replace("\n", " ")
            .replace("|", "\\|").strip() : "";
        sb.append(' ').append(cell).append(" |");
      }
      sb.append('\n');
      if (r == 0) {
        sb.append('|').append(" --- |".repeat(cols)).append('\n');
      }
    }
    return sb.toString().stripTrailing();
  }

  /**
   * The findings of a unit that carry a fix (duplicate findings aside). {@link #record} then
   * drops the edits that are not safe after all.
   */
  private List<Finding> safe(Unit u) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : u.findings) {
      Finding g = f.fix() == null && f.category() == Category.SPELLING ? withVocabularyFix(u, f)
          : f;
      if (g.fix() == null || g.category() == Category.DUPLICATE) {
        continue;
      }
      out.add(g);
    }
    return out;
  }

  /**
   * A misspelling LanguageTool could not settle ("contructor": contractor or constructor?)
   * settled by the notes themselves: the one suggestion they use at least twice elsewhere,
   * when exactly one does, among those that keep the word's first and last letters (a typo
   * rarely changes them; "atuple" is "a tuple", not "tuple", and "faild" is not "fail") and
   * are long enough to say something (every note uses "must" and "under": no evidence for
   * "mult" or "unorder"). Not when a suggestion splits the word in two ("anyother"). The
   * guide applies it as it applies any fix (two edits at most, listed under
   * {@code corrected:}); otherwise the word stays as written.
   */
  private Finding withVocabularyFix(Unit u, Finding f) {
    String word = GrammarChecker.misspellingIn(f.message());
    List<String> suggestions = GrammarChecker.suggestionsIn(f.message());
    if (word == null || suggestions.stream().anyMatch(s -> s.indexOf(' ') >= 0)) {
      return f; // "anyother": "another" or "any other"?
    }
    String pick = null;
    for (String s : suggestions) {
      if (s.length() >= VOCABULARY_FIX_LENGTH && sameEnds(s, word)
          && vocabulary.getOrDefault(s.toLowerCase(Locale.ROOT), 0) >= 2) {
        if (pick != null) {
          return f; // two candidates the notes use: still a guess
        }
        pick = s;
      }
    }
    if (pick == null) {
      return f;
    }
    String fix = GrammarChecker.sameCase(pick, word);
    return new Finding(f.ruleId(), f.severity(), f.category(), f.message(), f.file(), f.span(),
        new Fix("replace with '" + fix + "' (the notes' own word)", fix),
        f.related());
  }

  /**
   * True when a grammar suggestion edits words on one line: "a" to "an", "dont" to "don't",
   * "etc" to "etc.", "web site" to "website". Not when it only adds a space ("(?P" to
   * "(? P"), deletes a lone bracket,
   * joins lines ("yellow\nyellow"), or touches a token that reads as code ("C-c C-c", a key
   * sequence): there the notes are more often right than LanguageTool's reading of them.
   */
  static boolean safeGrammarEdit(String before, String after) {
    if (before.indexOf('\n') >= 0 || before.chars().noneMatch(Character::isLetter)
        || before.replaceAll("\\s+", "").equals(after.replaceAll("\\s+", ""))
        && after.length() > before.length()) {
      return false;
    }
    for (String token : before.strip().split("\\s+")) {
      // A word, not a key chord or option such as C-c or x-y.
      if (!token.matches("\\p{L}[\\p{L}'\u2019.-]*[.,]?") || token.matches("\\p{L}-.*")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Keeps the safe edits and records them as corrections. A spelling suggestion counts only
   * when it is close to the word (two edits at most): "cheetsheet" is not "cheesiest". A
   * grammar suggestion counts only when it edits words ({@link #safeGrammarEdit}).
   */
  private void record(Unit u, Text t, List<MarkdownOut.Edit> edits) {
    for (java.util.Iterator<MarkdownOut.Edit> it = edits.iterator(); it.hasNext(); ) {
      MarkdownOut.Edit e = it.next();
      String before = t.value().substring(e.start(), e.end());
      if (before.equals(e.text()) || e.finding().category() == Category.SPELLING
          && !GrammarChecker.close(before, e.text())
          || e.finding().category() == Category.GRAMMAR && !safeGrammarEdit(before, e.text())) {
        it.remove();
        continue;
      }
      // A cut comment is recorded as its text, without the blanks and line end cut with it.
      corrections.add(new Correction(u.file(), e.finding().span(), e.finding().ruleId(),
          e.text().isEmpty() ? before.strip() : before, e.text()));
    }
  }
}
