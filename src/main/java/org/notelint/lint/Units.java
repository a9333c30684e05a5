package org.notelint.lint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.notelint.ingest.Pythonish;
import org.notelint.lint.python.PyToken;
import org.notelint.lint.python.PyTokenizer;
import org.notelint.model.Block;
import org.notelint.model.CodeBlock;
import org.notelint.model.CodeRole;
import org.notelint.model.Definition;
import org.notelint.model.LinkDefinition;
import org.notelint.model.ListItem;
import org.notelint.model.Mark;
import org.notelint.model.NoteDocument;
import org.notelint.model.Paragraph;
import org.notelint.model.Quote;
import org.notelint.model.Section;
import org.notelint.model.Table;
import org.notelint.model.Text;

/** Splits a note into the {@link Unit}s rules read, one list per document, in source order. */
public final class Units {
  /** What masked string contents are replaced with: not a word, space or Python operator. */
  static final char STRING_FILL = '\u00b7';
  /**
   * What separates inline code spans in their view: not white space, so two spans never read
   * as one line of code ({@code `print` and `x`} is not {@code print x}).
   */
  static final char SPAN_FILL = '\ue000';
  private static final Set<String> PYTHON_LANGS = Set.of("", "python", "py", "python3", "py3",
      "python2", "py2", "pycon", "ipython", "ipython3", "ipython2", "doctest", "pytb", "sage");
  private static final Set<String> PYTHON2_LANGS = Set.of("python2", "py2", "ipython2");
  private static final Pattern PYTHON2_LABEL =
      Pattern.compile("(?i)^\\s*#.*\\bpy(?:thon)?\\s*2(?:\\.\\d+)?\\b(?!\\s*(?:and|/|&|or)\\s*3)");
  /** A paragraph that introduces code shown as wrong: "Bad:", "**Don't**:", "Python 2:". */
  private static final Pattern COUNTER_EXAMPLE = Pattern.compile(
      "(?i)\\W*(?:bad|wrong|incorrect|don'?t(?: do this)?|avoid|anti-?pattern|python ?2(?:\\.\\d)?"
          + "(?: only| code| version)?|before|old(?: way| style)?)\\W*:?\\W*");
  /** A paragraph introducing Python 2 code: "In Python 2:", "Python 2 version:". */
  private static final Pattern PYTHON2_LEAD =
      Pattern.compile("(?i)\\bpy(?:thon)?\\s*2(?:\\.\\d+)?\\b(?!\\s*(?:and|/|&|or|vs\\.?|versus)\\s*(?:py(?:thon)?\\s*)?3)[^.]*:\\s*$");
  /** A paragraph that introduces program output: "Output:", "**Output (Python 2.3):**". */
  private static final Pattern OUTPUT_LEAD = Pattern.compile(
      "(?i)\\W*(?:sample |example |expected |the |program )?output\\b[^!?:]{0,40}:\\W*");
  /** Label bit (not kept on units): the block follows an "Output:" paragraph. */
  private static final int OUTPUT_LABEL = 1 << 8;
  /** A section about Python 2 in particular: "Hello World (Python2)". */
  private static final Pattern PYTHON2_HEADING =
      Pattern.compile("(?i)\\bpy(?:thon)?\\s*2(?:\\.\\d+)?\\b(?!\\s*(?:and|/|&|or|vs\\.?|versus|to)\\s*(?:py(?:thon)?\\s*)?3)");
  private static final Pattern CODE_COMMENT = Pattern.compile("^(import|from)\\s+\\w|[(=\\[.'\"]");
  private static final Pattern IMPORT = Pattern.compile(
      "(import\\s+[\\w.]+(\\s+as\\s+\\w+)?|from\\s+[\\w.]+\\s+import\\s+[\\w., ]+)");

  private final List<Unit> out = new ArrayList<>();
  private boolean python2Section;

  private Units() {}

  /** The units of {@code doc}. */
  public static List<Unit> of(NoteDocument doc) {
    Units u = new Units();
    u.section(doc.root(), List.of());
    return u.out;
  }

  private void section(Section s, List<String> headings) {
    List<String> path = headings;
    if (!s.isRoot()) {
      path = new ArrayList<>(headings);
      path.add(s.plainTitle());
      path = List.copyOf(path);
      prose(Scope.HEADING, s.title(), String.join("\n", headings));
    }
    String context = String.join("\n", path);
    // A sub-section about Python 2 ("Hello World (Python2)") labels its code; a document
    // title does not: a "Python 2.7 Cheat Sheet" is exactly what the python2 rules are for.
    boolean outer = python2Section;
    python2Section = s.level() >= 2 && PYTHON2_HEADING.matcher(s.plainTitle()).find();
    blocks(s.blocks(), context);
    python2Section = outer;
    for (Section c : s.children()) {
      section(c, path);
    }
  }

  /** Blocks in order; a code block right after a "Bad:" paragraph is a counter-example. */
  private void blocks(List<Block> list, String context) {
    Block prev = null;
    for (Block b : list) {
      if (b instanceof CodeBlock c) {
        String lead = prev instanceof Paragraph p ? org.notelint.model.PlainText.of(p.text()) : "";
        int label = COUNTER_EXAMPLE.matcher(lead).matches() ? Unit.COUNTER : 0;
        if (PYTHON2_LEAD.matcher(lead).find() || python2Section) {
          label |= Unit.PYTHON2;
        }
        if (OUTPUT_LEAD.matcher(lead).matches()) {
          label |= OUTPUT_LABEL;
        }
        code(c, context, label);
      } else {
        block(b, context);
      }
      prev = b;
    }
  }

  private void block(Block b, String context) {
    if (b instanceof Paragraph p) {
      prose(Scope.PROSE, p.text(), context);
    } else if (b instanceof ListItem li) {
      prose(Scope.LIST, li.text(), context);
      String inner = join(context, statement(li.text()));
      blocks(li.children(), inner);
    } else if (b instanceof Definition d) {
      prose(Scope.PROSE, d.term(), context);
      String inner = join(context, statement(d.term()));
      blocks(d.children(), inner);
    } else if (b instanceof Quote q) {
      blocks(q.children(), context);
    } else if (b instanceof Table t) {
      for (List<Text> row : t.rows()) {
        for (Text cell : row) {
          prose(Scope.PROSE, cell, context);
        }
      }
    } else if (b instanceof CodeBlock c) {
      code(c, context, 0);
    } else if (b instanceof LinkDefinition l) {
      Text t = l.text();
      int at = t.value().indexOf(l.url());
      if (at >= 0 && !l.url().isEmpty()) {
        char[] v = blank(t.value());
        t.value().getChars(at, at + l.url().length(), v, at);
        String view = new String(v);
        out.add(new Unit(Scope.LINK, t, view, view, context, null, 0));
      }
    }
  }

  private static String join(String context, String more) {
    return context.isEmpty() ? more : context + "\n" + more;
  }

  /** A prose-like text, plus its inline code and link units when it has any. */
  private void prose(Scope scope, Text t, String context) {
    if (t.isBlank()) {
      return;
    }
    String statement = statement(t);
    out.add(new Unit(scope, t, t.masked(), statement, context, null, 0));
    boolean code = false;
    boolean url = false;
    for (Mark m : t.marks()) {
      code |= m.kind() == Mark.Kind.CODE;
      url |= m.kind() == Mark.Kind.URL;
    }
    if (code) {
      String view = only(t, Mark.Kind.CODE);
      out.add(new Unit(Scope.INLINE_CODE, t, view, statement, context, null, 0));
    }
    if (url) {
      String view = only(t, Mark.Kind.URL);
      out.add(new Unit(Scope.LINK, t, view, statement, context, null, 0));
    }
  }

  /** Opened minus closed brackets on {@code [from, to)} of a line, strings and comments aside. */
  private static int bracketDelta(String code, int from, int to) {
    String line = code.substring(from, to);
    int d = 0;
    for (PyToken t : PyTokenizer.tokenize(line)) {
      d += t.depthChange(line);
    }
    return d;
  }

  /** The text with URLs and raw HTML blanked, inline code and markup kept. */
  static String statement(Text t) {
    if (t.marks().isEmpty()) {
      return t.value();
    }
    char[] v = t.value().toCharArray();
    for (Mark m : t.marks()) {
      if (m.kind() == Mark.Kind.URL || m.kind() == Mark.Kind.HTML) {
        fill(v, m.start(), m.end(), ' ');
      }
    }
    return new String(v);
  }

  /** Only the ranges of {@code kind}; for code, without the backticks and role names. */
  private static String only(Text t, Mark.Kind kind) {
    String value = t.value();
    char[] v = blank(value);
    if (kind == Mark.Kind.CODE) {
      for (int i = 0; i < v.length; i++) {
        if (v[i] == ' ') {
          v[i] = SPAN_FILL;
        }
      }
    }
    for (Mark m : t.marks()) {
      if (m.kind() != kind) {
        continue;
      }
      int s = m.start();
      int e = m.end();
      if (kind == Mark.Kind.CODE) {
        if (s < e && value.charAt(s) == ':') {
          int tick = value.indexOf('`', s);
          s = tick >= 0 && tick < e ? tick : s;
        }
        while (s < e && value.charAt(s) == '`') {
          s++;
        }
        while (e > s && (value.charAt(e - 1) == '`' || value.charAt(e - 1) == '_')) {
          e--;
        }
      }
      value.getChars(s, e, v, s);
    }
    return new String(v);
  }

  private void code(CodeBlock c, String context, int label) {
    boolean counterExample = (label & Unit.COUNTER) != 0;
    Text t = c.code();
    String code = t.value();
    if (code.isBlank()) {
      return;
    }
    String lang = c.language().toLowerCase(Locale.ROOT).strip();
    if (c.role() == CodeRole.OUTPUT
        || (label & OUTPUT_LABEL) != 0 && c.role() == CodeRole.SOURCE && !c.notebookCell()) {
      out.add(new Unit(Scope.OUTPUT, t, code, code, context, c, 0));
      return;
    }
    if (lang.isEmpty() && c.role() == CodeRole.SOURCE && !c.notebookCell()
        && !Pythonish.blockLooksLikeCode(List.of(code.split("\n")))) {
      // An unlabelled block that does not read as Python: program output, usage text,
      // indented prose. Rules that read code leave it alone.
      out.add(new Unit(Scope.OUTPUT, t, code, code, context, c, 0));
      return;
    }
    if (c.role() == CodeRole.CONSOLE || !PYTHON_LANGS.contains(lang)) {
      out.add(new Unit(Scope.CONSOLE, t, code, code, context, c, counterExample ? Unit.COUNTER : 0));
      return;
    }
    boolean python2 = PYTHON2_LANGS.contains(lang) || PYTHON2_LABEL.matcher(firstLine(code)).find()
        || (label & Unit.PYTHON2) != 0;
    int flags = (python2 ? Unit.PYTHON2 : 0) | (counterExample ? Unit.COUNTER : 0);
    char[] py = code.toCharArray();
    char[] console = blank(code);
    char[] output = blank(code);
    boolean doctest = c.role() == CodeRole.DOCTEST;
    boolean anyConsole = false;
    boolean anyOutput = false;
    // A block opened at a prompt ("for x in y:", or a bracket left open) whose continuation
    // lines lost their "..." prompts.
    int openBlockIndent = -1;
    int depth = 0;
    for (int i = 0, lineNo = 0; i <= code.length(); lineNo++) {
      int end = code.indexOf('\n', i);
      if (end < 0) {
        end = code.length();
      }
      int s = i;
      while (s < end && (code.charAt(s) == ' ' || code.charAt(s) == '\t')) {
        s++;
      }
      boolean prompt = code.startsWith(">>>", s) || doctest && code.startsWith("...", s)
          && (s + 3 == end || code.charAt(s + 3) == ' ');
      if (prompt) {
        fill(py, s, Math.min(end, s + 4), ' ');
        depth = (code.startsWith(">>>", s) ? 0 : depth)
            + bracketDelta(code, Math.min(end, s + 4), end);
        openBlockIndent = depth > 0 || code.substring(s, end).stripTrailing().endsWith(":")
            ? s - i : -1;
      } else if (doctest && depth > 0 && s < end
          && (s - i > openBlockIndent || ")]}".indexOf(code.charAt(s)) >= 0)) {
        depth += bracketDelta(code, s, end); // a continuation line that lost its prompt
        openBlockIndent = depth > 0 || code.substring(s, end).stripTrailing().endsWith(":")
            ? openBlockIndent : -1;
      } else if (doctest && s < end && !(openBlockIndent >= 0 && s - i > openBlockIndent)) {
        // Output. (An indented line under an open "for ...:" prompt stays code: its "..."
        // prompt was lost.)
        openBlockIndent = -1;
        code.getChars(i, end, output, i);
        fill(py, i, end, ' ');
        anyOutput = true;
      } else if (s < end && (code.charAt(s) == '%' || code.charAt(s) == '!')) {
        code.getChars(i, end, console, i);
        fill(py, i, end, ' ');
        anyConsole = true;
      }
      i = end + 1;
    }
    String python = new String(py);
    List<PyToken> tokens = PyTokenizer.tokenize(python);
    if (uncommentCode(python, tokens, py)) {
      python = new String(py);
      tokens = PyTokenizer.tokenize(python);
    }
    char[] codeView = py.clone();
    char[] comments = blank(code);
    char[] strings = blank(code);
    for (PyToken tok : tokens) {
      if (tok.type() == PyToken.Type.COMMENT) {
        fill(codeView, tok.start(), tok.end(), ' ');
        python.getChars(tok.contentStart(), tok.contentEnd(), comments, tok.contentStart());
      } else if (tok.type() == PyToken.Type.STRING || tok.type() == PyToken.Type.ERROR
          && tok.contentEnd() > tok.contentStart()) {
        fill(codeView, tok.contentStart(), tok.contentEnd(), STRING_FILL);
        python.getChars(tok.contentStart(), tok.contentEnd(), strings, tok.contentStart());
      }
    }
    String cv = new String(codeView);
    out.add(new Unit(Scope.CODE, t, cv, cv, context, c, flags));
    String commentView = new String(comments);
    if (!commentView.isBlank()) {
      out.add(new Unit(Scope.COMMENT, t, commentView, commentView, context, c, flags));
    }
    String stringView = new String(strings);
    if (!stringView.isBlank()) {
      out.add(new Unit(Scope.STRING, t, stringView, stringView, context, c, flags));
    }
    if (anyConsole) {
      String v = new String(console);
      out.add(new Unit(Scope.CONSOLE, t, v, v, context, c, flags));
    }
    if (anyOutput) {
      String v = new String(output);
      out.add(new Unit(Scope.OUTPUT, t, v, v, context, c, flags));
    }
  }

  /**
   * Turns whole-line comments that hold code ({@code # import imp},
   * {@code # imp.reload(m)}) back into code by blanking their {@code #}; true if any did.
   */
  private static boolean uncommentCode(String python, List<PyToken> tokens, char[] py) {
    boolean changed = false;
    for (PyToken tok : tokens) {
      if (tok.type() != PyToken.Type.COMMENT || !onlyBlanksBefore(python, tok.start())) {
        continue;
      }
      String body = python.substring(tok.contentStart(), tok.contentEnd()).strip();
      if (!body.isEmpty() && Pythonish.statementLike(body) && !body.startsWith("#")
          && CODE_COMMENT.matcher(body).find() && !body.endsWith(":") || isImport(body)) {
        py[tok.start()] = ' ';
        changed = true;
      }
    }
    return changed;
  }

  /** True when only spaces and tabs precede {@code at} on its line. */
  private static boolean onlyBlanksBefore(String s, int at) {
    for (int i = at - 1; i >= 0 && s.charAt(i) != '\n'; i--) {
      if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean isImport(String body) {
    return IMPORT.matcher(body).matches();
  }

  private static String firstLine(String code) {
    String s = code.stripLeading();
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static char[] blank(String value) {
    char[] v = new char[value.length()];
    java.util.Arrays.fill(v, ' ');
    for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
      v[i] = '\n';
    }
    return v;
  }

  private static void fill(char[] v, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (v[i] != '\n') {
        v[i] = c;
      }
    }
  }

  /** Scopes that hold code. */
  static final Set<Scope> CODE_SCOPES = EnumSet.of(Scope.CODE, Scope.COMMENT, Scope.STRING);
}
