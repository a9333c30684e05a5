package org.notelint.prose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.ingest.Pythonish;
import org.notelint.lint.Unit;
import org.notelint.lint.python.PyToken;
import org.notelint.model.Mark;
import org.notelint.model.SourceSpan;
import org.notelint.model.Text;
import org.notelint.prose.ProseChunk.Kind;
import org.notelint.prose.ProseChunk.Part;

/**
 * Picks out of a note what reads as English prose: paragraphs, list items, headings, table
 * cells, code comments and string literals that read as sentences. Code, inline code, URLs,
 * paths, raw HTML and notebook output never reach LanguageTool: they are markup, read as a
 * placeholder word or as nothing. Passages in another language or script are skipped and
 * listed, never checked as English.
 */
public final class ProseExtractor {
  /** What inline code reads as, so that "use `len` to count" stays a whole sentence. */
  static final String CODE_WORD = "Dummy";
  /** The same for code that starts with a vowel letter ("an `int`" must not read "an Dummy"). */
  static final String VOWEL_CODE_WORD = "Item";

  /** Tokens that are never prose: URLs, e-mail addresses, file paths. */
  private static final Pattern NOT_PROSE = Pattern.compile(
      "\\b(?:https?|ftp|file)://\\S*[^\\s.,;:!?)\\]'\"]|\\bwww\\.\\S*[^\\s.,;:!?)\\]'\"]"
          + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
          + "|(?<![\\w/])(?:~|\\.{1,2})?/(?:[\\w.@+-]+/)*[\\w.@+-]+/?"
          + "|(?<![\\w/])[\\w.-]+(?:/[\\w.@+-]+)+/?"
          + "|\\b[A-Za-z]:\\\\\\S+"
          // math in notebooks: $x^2$, $$ ... $$, and LaTeX commands (\\cdot)
          + "|\\$\\$[^$]{0,2000}\\$\\$|\\$(?=\\S)[^$\\n]{1,80}(?<=\\S)\\$"
          + "|\\\\[A-Za-z]+(?:\\{[^{}\\n]*\\})?"
          // version numbers (2.X, 3.10.1) and optional prefixes ("(Un)packing")
          + "|\\b\\d+(?:\\.(?:\\d+|[xX]))+\\b|\\(\\p{L}{1,4}\\)(?=\\p{L})"
          // code written without backticks: calls with arguments, subscripts, literals
          + "|\\b[A-Za-z_][\\w.]*\\([^()\\n]{0,80}\\)"
          + "|[^\\s(]*[\\[\\]{}=][^\\s)]*"
          // quoted data rather than words: 'a a a', "x=1", '(1, 2)'
          + "|(['\"])[^'\"\\n\\p{L}]*(?:\\p{L}(?!\\p{L})[^'\"\\n\\p{L}]*)*\\1"
          // an object's repr in output: <function f at 0x7f...>, <object object at 0x1>
          + "|<[^<>\\n]{1,80}? at 0x[0-9a-fA-F]+>");
  /** A run of letters in scripts other than Latin, with the spaces between its words. */
  private static final Pattern OTHER_SCRIPT = Pattern.compile(
      "[\\p{L}&&[^\\p{IsLatin}]][\\p{L}\\p{M}&&[^\\p{IsLatin}]]*"
          + "(?:[\\s\\p{P}]+[\\p{L}&&[^\\p{IsLatin}]][\\p{L}\\p{M}&&[^\\p{IsLatin}]]*)*");
  /** Format placeholders and escapes inside string literals. */
  private static final Pattern STRING_MARKUP = Pattern.compile(
      "\\{[^{}\\n]*\\}|%(?:\\([^)\\n]*\\))?[-#0 +]*\\d*(?:\\.\\d+)?[diouxXeEfFgGcrsa]"
          + "|\\\\(?:[nrtabfv'\"\\\\0]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|N\\{[^}]*\\})");
  /** Tool directives in comments, not prose. */
  private static final Pattern DIRECTIVE_COMMENT = Pattern.compile(
      "(?i)^\\s*(?:!|-\\*-|vim?:|type:|noqa|pylint:|pragma|fmt:|isort:|mypy:|pyright:"
          + "|notelint:|flake8|ruff:|nosec|coding[:=])");
  /** Signs that a statement-like line is code: assignment, call, subscript, keyword start. */
  private static final Pattern CODE_SIGNAL = Pattern.compile("[=(\\[]|^(?:for|if|while|def|class"
      + "|import|from|return|print|with|try|except|elif|else|lambda|yield|raise|del|assert"
      + "|global|nonlocal|async|await)\\b");
  /** What stays of a lone reStructuredText "::" in a paragraph's text. */
  private static final Pattern LONE_COLON = Pattern.compile("\\s+:$");
  /** In a comment, what follows {@code =>} or {@code ->} is a value shown, not prose. */
  private static final Pattern SHOWN_VALUE = Pattern.compile("(?:=>|->)\\s.*$");
  /** HTML entities: notebooks and Markdown carry them too ({@code &lt;module&gt;}). */
  private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#x[0-9a-fA-F]+|[A-Za-z]+);");
  private static final Map<String, String> ENTITIES = Map.of("&quot;", "\"", "&amp;", "&",
      "&lt;", "<", "&gt;", ">", "&#39;", "'", "&apos;", "'", "&nbsp;", " ");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");
  private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+(?:'\\p{IsLatin}+)?");
  private static final Set<String> ENGLISH = Set.of("the", "a", "an", "is", "are", "was",
      "of", "to", "in", "and", "for", "with", "that", "this", "it", "be", "as", "on", "by",
      "or", "not", "you", "can", "we", "if", "from", "at", "has", "have", "which", "will",
      "use", "when", "what", "how", "your", "its", "but", "all", "one", "there", "these");
  /** Function words of the other languages notes are written in (Spanish, French, ...). */
  private static final Set<String> FOREIGN = Set.of("el", "la", "los", "las", "de", "del",
      "que", "y", "en", "es", "un", "una", "por", "para", "con", "se", "lo", "como", "más",
      "pero", "le", "les", "des", "est", "et", "une", "du", "pour", "dans", "qui", "pas",
      "sur", "au", "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "von",
      "den", "zu", "auf", "sich", "auch", "não", "com", "os", "em", "do", "da", "são", "il",
      "di", "che", "è", "sono", "della", "het", "een", "van", "niet", "ook", "är", "och",
      "att", "det", "som", "jest", "sed", "ut", "eu", "nec", "quis", "vel", "ac", "amet", "nie", "się", "ve", "bir", "ile");
  private static final Pattern LOREM = Pattern.compile("(?i)\\blorem ipsum\\b");
  /** The longest passage given to LanguageTool at once, in characters. */
  static final int MAX_PASSAGE = 5_000;
  /** Under this share of Latin letters a passage is not English. */
  private static final double MIN_LATIN_SHARE = 0.5;

  /** A passage that was not checked because it is not in English. */
  public record Skipped(SourceSpan span, String language) {}

  /**
   * What a note offers LanguageTool: the passages, the passages skipped as not English, and
   * the names its code defines or uses (accepted as words in its prose).
   */
  public record Result(List<ProseChunk> chunks, List<Skipped> skipped, Set<String> identifiers) {}

  private final List<ProseChunk> chunks = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final Set<String> identifiers = new TreeSet<>();
  private long englishChars;
  private long otherChars;
  /** Function words over the passages kept: a note of short Spanish lines tells itself. */
  private long englishWords;
  private long foreignWords;

  /**
   * The prose of one note, from its units (see {@link org.notelint.lint.Units}). An HTML note
   * arrives as the text a reader sees, with inline code marked ({@code HtmlText}).
   */
  public static Result extract(List<Unit> units) {
    ProseExtractor x = new ProseExtractor();
    for (Unit u : units) {
      switch (u.scope()) {
        case PROSE -> x.text(u.text(), sentences(u.text()) ? Kind.PARAGRAPH : Kind.FRAGMENT);
        case LIST, HEADING -> x.text(u.text(), Kind.FRAGMENT);
        case COMMENT -> x.comments(u);
        case CODE -> {
          x.strings(u);
          x.names(u);
        }
        case INLINE_CODE -> x.names(u);
        default -> { }
      }
    }
    // A note mostly in another language keeps its short English-looking pieces (headings,
    // "Python", a code comment) out of the check too; so does a note whose passages are each
    // too short to tell, but which together use mostly another language's function words.
    if (x.otherChars > x.englishChars
        || x.foreignWords >= 10 && x.foreignWords > 2 * x.englishWords) {
      for (ProseChunk c : x.chunks) {
        x.skipped.add(new Skipped(c.span(0, c.length()), "the note is mostly not English"));
      }
      x.chunks.clear();
    }
    x.skipped.sort(Comparator.comparingInt((Skipped s) -> s.span().startLine())
        .thenComparingInt(s -> s.span().startColumn()));
    return new Result(List.copyOf(x.chunks), List.copyOf(x.skipped), Set.copyOf(x.identifiers));
  }

  // ---- prose texts -------------------------------------------------------------------------

  private void text(Text t, Kind kind) {
    if (t.isBlank()) {
      return;
    }
    String v = t.value();
    List<Mark> marks = new ArrayList<>(t.marks());
    codeLines(v, marks);
    marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(m -> -m.end()));
    List<Part> parts = new ArrayList<>();
    int pos = 0;
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      if (m.start() < pos) {
        continue; // nested in a mark already taken
      }
      prose(parts, v.substring(pos, m.start()));
      String s = v.substring(m.start(), m.end());
      String readAs = switch (m.kind()) {
        case CODE -> codeWord(s);
        case URL -> bareUrl(marks, i) ? CODE_WORD : "";
        case HTML -> " ";
        case MARKUP -> s.contains("\n") ? "\n" : "";
      };
      parts.add(Part.markup(s, readAs));
      pos = m.end();
    }
    prose(parts, v.substring(pos));
    loneLiteralMarker(parts);
    add(t, 0, kind, parts);
  }

  /**
   * True for a paragraph written as sentences: more than one line, ending with a full stop,
   * question or exclamation mark. A one-line paragraph ("loop backwards:", a definition
   * term, a table cell) or one without a final stop is a fragment, as in terse notes.
   */
  static boolean sentences(Text t) {
    String s = t.value().strip();
    if (s.indexOf('\n') < 0) {
      return false;
    }
    int end = s.length();
    while (end > 0 && "*_)\"'`".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?".indexOf(s.charAt(end - 1)) >= 0;
  }

  /**
   * Lines of a paragraph that are Python statements ({@code i = iter(s)}, {@code for x in
   * y:}), as terse notes write code outside code blocks: code, not prose.
   */
  private static void codeLines(String v, List<Mark> marks) {
    for (int i = 0; i < v.length(); ) {
      int end = v.indexOf('\n', i);
      end = end < 0 ? v.length() : end;
      int s = i;
      while (s < end && Character.isWhitespace(v.charAt(s))) {
        s++;
      }
      String line = v.substring(s, end);
      if (s < end && (Pythonish.statementLike(line) && CODE_SIGNAL.matcher(line).find()
          || line.startsWith(">>>") || line.startsWith("... ") || line.equals("...")
          || tabular(line))) {
        marks.add(new Mark(s, end, Mark.Kind.CODE));
      } else if (s < end) {
        Matcher ref = REFERENCE_NAME.matcher(line);
        if (ref.lookingAt()) {
          marks.add(new Mark(s, s + ref.end(1), Mark.Kind.CODE));
        }
      }
      i = end + 1;
    }
  }

  /**
   * True for a line of program output laid out in columns rather than written: six or more
   * cells, and either two thirds of them numbers ("1  2  3  4  5  6") or, on a line spaced
   * into columns (two runs of several spaces or more), two thirds of them one or two
   * characters long ("Su Mo Tu We Th Fr Sa      Su Mo ..."). Prose full of short words
   * ("it is a way to do so in C") is single-spaced and stays prose.
   */
  static boolean tabular(String line) {
    String[] cells = line.strip().split("\\s+");
    if (cells.length < 6) {
      return false;
    }
    int numbers = 0;
    int small = 0;
    for (String c : cells) {
      if (c.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == '-'
          || ch == ',')) {
        numbers++;
        small++;
      } else if (c.length() <= 2) {
        small++;
      }
    }
    if (numbers * 3 >= cells.length * 2) {
      return true;
    }
    int runs = 0;
    java.util.regex.Matcher m = WIDE_GAP.matcher(line.strip());
    while (m.find()) {
      runs++;
    }
    return runs >= 2 && small * 3 >= cells.length * 2;
  }

  /**
   * A reference line: a name, a gap of two spaces or more, then what it is
   * ("gl          Access to graphics library", "whatis <arg>" is not one). The name is code.
   */
  private static final Pattern REFERENCE_NAME = Pattern.compile(
      "([A-Za-z_][\\w.]*(?:\\([^()\\n]{0,40}\\)?)?)(?: {2,}|\t+)(?=\\S)");

  private static final Pattern WIDE_GAP = Pattern.compile(" {2,}|\t");

  /**
   * reStructuredText renders "text ::" as "text" (the reader keeps " :" of it): the lone
   * marker is markup, not a colon after a space.
   */
  private static void loneLiteralMarker(List<Part> parts) {
    int n = parts.size();
    if (n < 2 || !parts.get(n - 1).markup() || !parts.get(n - 1).source().equals(":")
        || parts.get(n - 2).markup()) {
      return;
    }
    Matcher m = LONE_COLON.matcher(parts.get(n - 2).source());
    if (m.find()) {
      String s = parts.get(n - 2).source();
      parts.set(n - 2, Part.text(s.substring(0, m.start())));
      parts.add(n - 1, Part.markup(m.group(), ""));
    }
  }

  /** A URL mark with no link markup next to it is read in the sentence (as a word). */
  private static boolean bareUrl(List<Mark> marks, int i) {
    Mark m = marks.get(i);
    boolean before = i > 0 && marks.get(i - 1).end() == m.start()
        && marks.get(i - 1).kind() == Mark.Kind.MARKUP;
    boolean after = i + 1 < marks.size() && marks.get(i + 1).start() == m.end()
        && marks.get(i + 1).kind() == Mark.Kind.MARKUP;
    return !before && !after;
  }

  static String codeWord(String code) {
    code = org.notelint.model.PlainText.withoutRole(code);
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (Character.isLetter(c)) {
        return "aeiouAEIOU".indexOf(c) >= 0 ? VOWEL_CODE_WORD : CODE_WORD;
      }
    }
    return CODE_WORD;
  }

  /**
   * Adds prose, with entities, URLs, paths, code written without backticks and other
   * scripts inside it turned into markup.
   */
  private void prose(List<Part> parts, String s) {
    if (s.isEmpty()) {
      return;
    }
    Matcher tag = ENTITY.matcher(s);
    int at = 0;
    while (tag.find()) {
      plain(parts, s.substring(at, tag.start()));
      String g = tag.group();
      parts.add(Part.markup(g, ENTITIES.getOrDefault(g, " ")));
      at = tag.end();
    }
    plain(parts, s.substring(at));
  }

  private static void plain(List<Part> parts, String s) {
    if (s.isEmpty()) {
      return;
    }
    Matcher m = NOT_PROSE.matcher(s);
    int pos = 0;
    while (m.find()) {
      scripts(parts, s.substring(pos, m.start()));
      parts.add(Part.markup(m.group(), CODE_WORD));
      pos = m.end();
    }
    scripts(parts, s.substring(pos));
  }

  private static void scripts(List<Part> parts, String s) {
    if (s.isEmpty()) {
      return;
    }
    Matcher m = OTHER_SCRIPT.matcher(s);
    int pos = 0;
    while (m.find()) {
      if (m.start() > pos) {
        parts.add(Part.text(s.substring(pos, m.start())));
      }
      parts.add(Part.markup(m.group(), CODE_WORD));
      pos = m.end();
    }
    if (pos < s.length()) {
      parts.add(Part.text(s.substring(pos)));
    }
  }

  /**
   * Keeps the passage when it is English, else lists it as skipped. A passage over
   * {@link #MAX_PASSAGE} characters is cut at line ends; a single line that long is no
   * sentence (LanguageTool's chunker slows down sharply on it) and is listed as skipped.
   */
  private void add(Text t, int from, Kind kind, List<Part> parts) {
    List<Part> merged = merge(parts);
    int total = 0;
    for (Part p : merged) {
      total += p.source().length();
    }
    if (total <= MAX_PASSAGE) {
      addPassage(new ProseChunk(t, from, kind, merged));
      return;
    }
    List<Part> group = new ArrayList<>();
    int start = from;
    int size = 0;
    for (Part p : lines(merged)) {
      if (size > 0 && size + p.source().length() > MAX_PASSAGE && endsLine(group)) {
        addPassage(new ProseChunk(t, start, kind, group));
        start += size;
        group = new ArrayList<>();
        size = 0;
      }
      group.add(p);
      size += p.source().length();
    }
    addPassage(new ProseChunk(t, start, kind, group));
  }

  private static boolean endsLine(List<Part> group) {
    return group.get(group.size() - 1).source().endsWith("\n");
  }

  /** Prose parts cut after each line end, so that a long passage can be cut there. */
  private static List<Part> lines(List<Part> parts) {
    List<Part> out = new ArrayList<>();
    for (Part p : parts) {
      if (p.markup()) {
        out.add(p);
        continue;
      }
      String s = p.source();
      int i = 0;
      for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', i)) {
        out.add(Part.text(s.substring(i, nl + 1)));
        i = nl + 1;
      }
      if (i < s.length()) {
        out.add(Part.text(s.substring(i)));
      }
    }
    return out;
  }

  private void addPassage(ProseChunk c) {
    if (c.length() > MAX_PASSAGE) {
      skipped.add(new Skipped(c.span(0, c.length()), "a line of over " + MAX_PASSAGE
          + " characters, not a sentence"));
      return;
    }
    String language = language(c);
    int size = c.length();
    if (language != null) {
      skipped.add(new Skipped(c.span(0, size), language));
      otherChars += size;
      return;
    }
    englishChars += size;
    int[] fw = functionWords(c);
    englishWords += fw[0];
    foreignWords += fw[1];
    if (!c.plain().isBlank() && hasWord(c)) {
      chunks.add(c);
    }
  }

  private static boolean hasWord(ProseChunk c) {
    for (Part p : c.parts()) {
      if (!p.markup() && WORD.matcher(p.source()).find()) {
        return true;
      }
    }
    return false;
  }

  /** Joins neighbouring prose parts (fewer, longer pieces for LanguageTool). */
  private static List<Part> merge(List<Part> parts) {
    List<Part> out = new ArrayList<>(parts.size());
    for (Part p : parts) {
      if (p.source().isEmpty()) {
        continue;
      }
      Part last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && !last.markup() && !p.markup()) {
        out.set(out.size() - 1, Part.text(last.source() + p.source()));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Null for English; otherwise what the passage is written in ("Cyrillic script", "not
   * English"). Letters in other scripts, or function words of other languages, decide.
   */
  static String language(ProseChunk c) {
    long latin = 0;
    Map<Character.UnicodeScript, Integer> other = new HashMap<>();
    for (Part p : c.parts()) {
      String s = p.source();
      if (p.markup() && !CODE_WORD.equals(p.readAs())) {
        continue;
      }
      if (p.markup() && !OTHER_SCRIPT.matcher(s).matches()) {
        continue; // a URL or path
      }
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (!Character.isLetter(cp)) {
          continue;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.LATIN) {
          latin++;
        } else {
          other.merge(script, 1, Integer::sum);
        }
      }
    }
    long others = other.values().stream().mapToLong(Integer::longValue).sum();
    if (others > 0 && latin < MIN_LATIN_SHARE * (latin + others)) {
      Character.UnicodeScript top = other.entrySet().stream()
          .max(Map.Entry.<Character.UnicodeScript, Integer>comparingByValue()
              .thenComparing(e -> e.getKey().name(), Comparator.reverseOrder()))
          .orElseThrow().getKey();
      return scriptName(top) + " script";
    }
    int[] fw = functionWords(c);
    int english = fw[0];
    int foreign = fw[1];
    if (fw[2] >= 6 && foreign >= 2 && foreign > 2 * english) {
      return "not English";
    }
    if (LOREM.matcher(c.plain()).find()) {
      return "Latin placeholder text";
    }
    return null;
  }

  /** English function words, other languages' function words, and all words of a passage. */
  private static int[] functionWords(ProseChunk c) {
    int[] n = new int[3];
    for (Part p : c.parts()) {
      if (p.markup()) {
        continue;
      }
      Matcher m = LATIN_WORD.matcher(p.source());
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        n[0] += ENGLISH.contains(w) ? 1 : 0;
        n[1] += FOREIGN.contains(w) ? 1 : 0;
        n[2]++;
      }
    }
    return n;
  }

  private static String scriptName(Character.UnicodeScript s) {
    String n = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return switch (s) {
      case HAN -> "Chinese (Han)";
      default -> Character.toUpperCase(n.charAt(0)) + n.substring(1);
    };
  }

  // ---- code comments -----------------------------------------------------------------------

  /**
   * Comments, one passage per run of whole-line comments (a comment written over several
   * lines is one sentence), one per comment after code.
   */
  private void comments(Unit u) {
    Text t = u.text();
    String v = u.view();
    String src = t.value();
    List<int[]> run = new ArrayList<>();
    int prevLine = -2;
    for (int line = 0, i = 0; i <= v.length(); line++) {
      int end = v.indexOf('\n', i);
      if (end < 0) {
        end = v.length();
      }
      int a = i;
      while (a < end && v.charAt(a) == ' ') {
        a++;
      }
      int b = end;
      while (b > a && Character.isWhitespace(v.charAt(b - 1))) {
        b--;
      }
      if (a < b && !DIRECTIVE_COMMENT.matcher(src.substring(a, b)).find()) {
        boolean whole = onlyPrefixBefore(src, i, a);
        if (!whole || prevLine != line - 1) {
          flushComments(t, run);
        }
        run.add(new int[] {a, b});
        if (!whole) {
          flushComments(t, run);
          prevLine = -2;
        } else {
          prevLine = line;
        }
      } else {
        flushComments(t, run);
        prevLine = -2;
      }
      i = end + 1;
    }
    flushComments(t, run);
  }

  /** True when only blanks, prompts and {@code #} signs stand between the line start and {@code at}. */
  private static boolean onlyPrefixBefore(String src, int lineStart, int at) {
    String before = src.substring(lineStart, at).strip();
    before = before.replaceFirst("^(?:>>>|\\.\\.\\.)", "").strip();
    return before.matches("#+");
  }

  private void flushComments(Text t, List<int[]> run) {
    if (run.isEmpty()) {
      return;
    }
    String src = t.value();
    int from = run.get(0)[0];
    List<Part> parts = new ArrayList<>();
    int words = 0;
    for (int k = 0; k < run.size(); k++) {
      int[] r = run.get(k);
      if (k > 0) {
        parts.add(Part.markup(src.substring(run.get(k - 1)[1], r[0]), "\n"));
      }
      String s = src.substring(r[0], r[1]);
      Matcher shown = SHOWN_VALUE.matcher(s);
      String value = "";
      if (shown.find()) {
        value = s.substring(shown.start());
        s = s.substring(0, shown.start());
      }
      Matcher m = WORD.matcher(s);
      while (m.find()) {
        words++;
      }
      prose(parts, s);
      if (!value.isEmpty()) {
        parts.add(Part.markup(value, ""));
      }
    }
    run.clear();
    if (words >= 2) { // "# 42", "# True": labels, not sentences
      add(t, from, Kind.COMMENT, parts);
    }
  }

  // ---- string literals ---------------------------------------------------------------------

  /** String literals that read as sentences ({@code print('Class A constructor')}, docstrings). */
  private void strings(Unit u) {
    Text t = u.text();
    String src = t.value();
    String view = u.view();
    for (PyToken tok : u.tokens()) {
      if (tok.type() != PyToken.Type.STRING || tok.contentEnd() <= tok.contentStart()) {
        continue;
      }
      String prefix = prefixOf(view, tok);
      if (prefix.indexOf('b') >= 0 || prefix.indexOf('r') >= 0) {
        continue; // bytes and raw strings: data and regular expressions
      }
      boolean triple = view.startsWith("\"\"\"", tok.start() + prefix.length())
          || view.startsWith("'''", tok.start() + prefix.length());
      String s = src.substring(tok.contentStart(), tok.contentEnd());
      if (!triple && s.indexOf('\n') >= 0 || !readsAsProse(s)) {
        continue;
      }
      List<Part> parts = new ArrayList<>();
      if (triple) {
        docstring(parts, s);
      } else {
        literal(parts, s);
      }
      add(t, tok.contentStart(), Kind.STRING, parts);
    }
  }

  private static String prefixOf(String view, PyToken tok) {
    int i = tok.start();
    while (i < tok.end() && Character.isLetter(view.charAt(i))) {
      i++;
    }
    return view.substring(tok.start(), i).toLowerCase(Locale.ROOT);
  }

  /** Three words or more, and mostly words: "Class A constructor", not "%s=%d" or "a,b,c". */
  static boolean readsAsProse(String s) {
    String[] tokens = s.strip().split("\\s+");
    int words = 0;
    for (String tk : tokens) {
      if (tk.matches("[(\"']?[A-Za-z]+(?:'[a-z]+)?[)\"'.,:;!?]*")) {
        words++;
      }
    }
    return words >= 3 && words * 10 >= tokens.length * 6;
  }

  private void literal(List<Part> parts, String s) {
    Matcher m = STRING_MARKUP.matcher(s);
    int pos = 0;
    while (m.find()) {
      prose(parts, s.substring(pos, m.start()));
      parts.add(Part.markup(m.group(), m.group().startsWith("\\") ? " " : CODE_WORD));
      pos = m.end();
    }
    prose(parts, s.substring(pos));
  }

  /** A docstring: prose, with its doctest lines ({@code >>>} and output) as markup. */
  private void docstring(List<Part> parts, String s) {
    boolean inExample = false;
    for (int i = 0; i < s.length(); ) {
      int end = s.indexOf('\n', i);
      end = end < 0 ? s.length() : end + 1;
      String line = s.substring(i, end);
      String stripped = line.strip();
      if (stripped.startsWith(">>>") || inExample && !stripped.isEmpty()) {
        inExample = true;
        parts.add(Part.markup(line, "\n"));
      } else {
        inExample = false;
        literal(parts, line);
      }
      i = end;
    }
  }

  // ---- names in code -----------------------------------------------------------------------

  private void names(Unit u) {
    String v = u.view();
    for (PyToken tok : u.tokens()) {
      if (tok.type() == PyToken.Type.NAME && tok.end() - tok.start() > 1) {
        identifiers.add(v.substring(tok.start(), tok.end()));
      }
    }
  }
}
