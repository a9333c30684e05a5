package org.notelint.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.notelint.lint.Unit;
import org.notelint.model.Category;
import org.notelint.model.Finding;
import org.notelint.model.Fix;
import org.notelint.model.NoteDocument;
import org.notelint.model.RuleInfo;
import org.notelint.prose.LanguageToolEngine.Hit;
import org.notelint.prose.ProseChunk.Part;
import org.notelint.prose.ProseExtractor.Skipped;

/**
 * The spelling and grammar stage: finds a note's prose, asks LanguageTool (or the cache)
 * about each passage, drops what is about code, and turns the rest into findings with ids
 * {@code LT:RULE_ID}, category spelling or grammar. Safe to call from several threads.
 */
public final class GrammarChecker {
  /** The prefix of every LanguageTool rule id in reports and suppressions. */
  public static final String PREFIX = "LT:";
  private static final String SENTENCE_START = "UPPERCASE_SENTENCE_START";
  private static final String A_VS_AN = "EN_A_VS_AN";
  private static final String WORD_REPEAT = "ENGLISH_WORD_REPEAT_RULE";
  /** LanguageTool's note that a word is right in another variant: "... is British English". */
  private static final Pattern VARIANT = Pattern.compile("is (British|American|Canadian|"
      + "Australian|New Zealand|South African) English");
  /** Verbs after which a keyword or a lone letter is the subject: "if can", "a is". */
  private static final Set<String> VERBS = Set.of("can", "could", "has", "have", "returns",
      "works", "takes", "does", "will", "must", "should", "may", "but", "not", "gets");
  private static final Pattern NEXT_WORD = Pattern.compile("[\\p{L}']+");
  /** Words no article stands before: after them "a" is a letter or a variable. */
  private static final Set<String> NOT_NOUN = Set.of("is", "are", "was", "were", "and", "or",
      "as", "at", "in", "into", "on", "if", "it", "its", "of", "equals");
  /** Keywords that read as English words when prose names the statement they start. */
  private static final Set<String> KEYWORDS = Set.of("finally", "else", "elif", "except",
      "try", "yield", "lambda", "nonlocal", "global", "pass", "return", "break", "continue",
      "raise", "assert", "import", "del", "async", "await", "with", "def", "class", "while",
      "for", "if", "match", "case", "or", "and", "not", "in", "is");
  /** A word, and the noun after it when it names a piece of code. */
  private static final Pattern WORDS = Pattern.compile("([\\p{L}']+)(\\s+(?i:clauses?|blocks?|"
      + "statements?|keywords?|branch(?:es)?|loops?|expressions?|functions?|suites?|parts?|patterns?|"
      + "operators?|tests?)\\b)?");
  /** Words in capitals (GIL, PYTHONPATH, GETATTR): acronyms, constants, shouted names. */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]+s?");
  /** UTF-8 read as Windows-1252 (â€™, Ã©): the encoding check reports it, not spelling. */
  private static final Pattern MOJIBAKE = Pattern.compile("[ÂÃâ][\\u0080-\\u00bf€™œ]|â€|\\ufffd");

  private final ProseConfig config;
  private final LanguageToolEngine engine;
  private final ProseCache cache;
  private final Map<String, List<Skipped>> skipped = new ConcurrentHashMap<>();
  private final Map<String, RuleInfo> seen = new ConcurrentHashMap<>();
  private final AtomicLong chunks = new AtomicLong();
  private final AtomicLong chars = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final String fingerprint;
  private final String languageCode;

  public GrammarChecker(ProseConfig config, String languageCode, ProseCache cache) {
    this.config = config;
    this.languageCode = languageCode;
    this.fingerprint = fingerprint(config, languageCode);
    this.engine = new LanguageToolEngine(languageCode, config);
    this.cache = cache;
  }

  /** The fingerprint answers are cached under for these settings. */
  public static String fingerprint(ProseConfig config, String languageCode) {
    return ProseConfig.digest("LanguageTool " + LanguageToolEngine.version() + "|"
        + languageCode + "|" + config.fingerprint());
  }

  /** What this checker's answers depend on: LanguageTool's version, language, settings. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The spelling and grammar findings of {@code doc}, whose units are {@code units}. */
  public List<Finding> check(NoteDocument doc, List<Unit> units) {
    ProseExtractor.Result prose = ProseExtractor.extract(units);
    List<Skipped> notEnglish = new ArrayList<>(prose.skipped());
    List<Finding> out = new ArrayList<>();
    for (ProseChunk c : prose.chunks()) {
      chunks.incrementAndGet();
      chars.addAndGet(c.length());
      String key = cache.key(c);
      List<Hit> hits = cache.get(key);
      if (hits == null) {
        misses.incrementAndGet();
        hits = engine.check(c);
        cache.put(key, hits);
      }
      List<Finding> found = new ArrayList<>();
      int unknown = 0;
      Set<Integer> unknownAt = new java.util.HashSet<>();
      for (Hit h : hits) {
        if (h.spelling()) {
          unknownAt.add(h.from());
        }
      }
      for (Hit h : hits) {
        Finding f = finding(doc, c, h, prose.identifiers());
        if (f != null && h.spelling() && personName(c.source(0, c.length()), h, unknownAt)) {
          f = null;
        }
        if (f != null) {
          found.add(f);
          unknown += f.category() == Category.SPELLING ? 1 : 0;
        }
      }
      if (unknown >= 3 && unknown * 2 >= words(c)) {
        // Half the words unknown: another language (Latin placeholder text), not typos.
        found.removeIf(f -> f.category() == Category.SPELLING);
        notEnglish.add(new Skipped(c.span(0, c.length()), "most words are not English"));
      }
      out.addAll(found);
    }
    if (!notEnglish.isEmpty()) {
      notEnglish.sort(java.util.Comparator.comparingInt((Skipped s) -> s.span().startLine())
          .thenComparingInt(s -> s.span().startColumn()));
      skipped.put(doc.path(), List.copyOf(notEnglish));
    }
    return out;
  }

  private static int words(ProseChunk c) {
    int n = 0;
    for (Part p : c.parts()) {
      if (!p.markup()) {
        java.util.regex.Matcher m = NEXT_WORD.matcher(p.source());
        while (m.find()) {
          n++;
        }
      }
    }
    return n;
  }

  private Finding finding(NoteDocument doc, ProseChunk c, Hit h, Set<String> identifiers) {
    if (h.from() < 0 || h.to() > c.length() || h.from() >= h.to() || touchesCode(c, h)) {
      return null;
    }
    if (c.kind().fragmentary() && config.fragmentDisabled().containsKey(h.ruleId())
        || c.kind() == ProseChunk.Kind.STRING && config.stringDisabled().containsKey(h.ruleId())) {
      return null;
    }
    String word = c.source(h.from(), h.to());
    String token = token(c, h.from(), h.to());
    if (Vocabulary.looksLikeCode(token)) {
      return null; // a name written without backticks: lru_cache, os.path, len()
    }
    if (h.spelling() && (!misspelt(word, token, identifiers) || codeNextToWord(c, h)
        || namesItsLink(c, h, word) || quotedAlone(c, h) || abbreviation(h, word))) {
      return null;
    }
    if (!h.spelling() && endsOnCode(c, h)) {
      return null; // "the class A" + "A.hello": a rule reading a name as a word
    }
    if (h.ruleId().equals(WORD_REPEAT) && repeatAcrossShortLine(c, h)) {
      return null;
    }
    if (h.ruleId().equals(SENTENCE_START) && known(word, identifiers)) {
      return null; // "python", "metaclass": Python terms are lower case by design
    }
    if (!h.spelling() && confusedByCode(c, h)) {
      return null;
    }
    if (h.ruleId().equals(A_VS_AN) && articleBeforeCodeOrName(c, h)) {
      return null;
    }
    RuleInfo rule = seen.computeIfAbsent(h.ruleId(), id -> info(h));
    // A capitalised word inside a sentence is a name ("Stichting Mathematisch Centrum"),
    // which a list of English misspellings does not know.
    List<String> listed = !h.spelling() || Character.isUpperCase(word.charAt(0))
        && !sentenceStart(c, h.from()) ? List.of() : config.corrections(word);
    String fix = sameCase(fix(h, word, listed), word);
    String withheld = null;
    if (!h.spelling() && fix != null && !config.fixes(h.ruleId())) {
      withheld = fix; // reported, not applied: the rule's fixes misread notes too often
      fix = null;
    }
    String variant = h.spelling() && fix != null
        ? VARIANT.matcher(h.message()).results().map(m -> m.group(1)).findFirst().orElse(null)
        : null;
    String message = variant != null
        ? "'" + word + "' is the " + variant + " spelling; " + languageCode + " writes '" + fix
            + "' (--lang picks the variant)"
        : h.spelling()
        ? MISSPELLING_LEAD + word + "'" + (fix != null ? "; did you mean '" + fix + "'?"
            : h.suggestions().isEmpty() ? "" : SUGGESTIONS_LEAD
                + String.join(", ", h.suggestions()) + ")")
        : withheld != null && !h.message().contains("'" + withheld + "'")
        ? h.message() + " (LanguageTool suggests '" + withheld + "')"
        : h.message();
    return new Finding(rule.id(), rule.severity(), rule.category(), message, doc.path(),
        c.span(h.from(), h.to()), fix == null ? null : new Fix("replace with '" + fix + "'", fix),
        List.of());
  }

  /**
   * True when the text before {@code from} ends a sentence or a line, or there is none: past
   * blanks, quotes, brackets and list or heading marks, the chunk starts, or a line or a
   * {@code . ! ? :} ends.
   */
  static boolean sentenceStart(ProseChunk c, int from) {
    String before = c.source(Math.max(0, from - 80), from);
    for (int i = before.length() - 1; i >= 0; i--) {
      char ch = before.charAt(i);
      if (ch == '\n' || ".!?:".indexOf(ch) >= 0) {
        return true;
      }
      if (!Character.isWhitespace(ch) && "\"'`([*#->_".indexOf(ch) < 0) {
        return false;
      }
    }
    return from < 80;
  }

  /** A spelling match that is a word, not a name, an acronym or a mis-decoded character. */
  private boolean misspelt(String word, String token, Set<String> identifiers) {
    if (known(token, identifiers) || MOJIBAKE.matcher(word).find() || foreign(word)) {
      return false;
    }
    for (String w : word.split("[\\s-]+")) {
      if (known(w, identifiers) || ACRONYM.matcher(w).matches()) {
        return false; // several words at once ("Repr use") or a compound ("Scikit-Learn")
      }
    }
    return true;
  }

  /** A Markdown link's target right after its text: {@code ](https://...)}. */
  private static final Pattern LINK_TARGET = Pattern.compile("^[^\\]\\n]{0,80}\\]\\(([^)\\s]+)\\)");

  /**
   * True when a word in a link's text is in the link's address: the text names what it links
   * to ("[wtfjs](https://github.com/denysdovhan/wtfjs)", "[Fullstack Python](https://www.
   * fullstackpython.com/)"), a project or site name, not a word to spell.
   */
  static boolean namesItsLink(ProseChunk c, Hit h, String word) {
    String after = c.source(h.to(), Math.min(c.length(), h.to() + 400));
    java.util.regex.Matcher m = LINK_TARGET.matcher(after);
    return m.find() && m.group(1).toLowerCase(Locale.ROOT)
        .contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * True when the word is glued to code: an operator beside or inside it ({@code x**y},
   * {@code x%y}), a command-line option ({@code -Qwarn}), or a string prefix of one or two
   * letters before a quote ({@code ur'raw'}). A possessive ("Pyton's") is still a word.
   */
  static boolean codeNextToWord(ProseChunk c, Hit h) {
    String s = c.source(0, c.length());
    char before = h.from() > 0 ? s.charAt(h.from() - 1) : ' ';
    char after = h.to() < s.length() ? s.charAt(h.to()) : ' ';
    boolean prefix = h.to() - h.from() <= 2 && (after == '\'' || after == '"'); // ur'x', b"x"
    // Not '<' or '>': HTML tags stand right beside words ("expections<a class=...").
    String word = s.substring(h.from(), h.to());
    boolean operator = "*/%=&|^".indexOf(before) >= 0 || "*/%=&|^".indexOf(after) >= 0
        || word.chars().anyMatch(ch -> "*/%=&|^".indexOf(ch) >= 0);
    // A command-line option: "-Qwarn", "--verbose", "(-tt: ...)".
    int dashes = 0;
    while (h.from() - dashes > 0 && s.charAt(h.from() - dashes - 1) == '-' && dashes < 2) {
      dashes++;
    }
    int lead = h.from() - dashes - 1;
    boolean option = dashes > 0 && (lead < 0 || Character.isWhitespace(s.charAt(lead))
        || "([,".indexOf(s.charAt(lead)) >= 0);
    return operator || prefix || option;
  }

  /**
   * True for an unknown word of at most three letters whose fix is not two letters swapped:
   * an abbreviation ({@code fct}, {@code nb}) or a short name ({@code gl}, {@code sn}), which
   * reference notes are full of, rather than a typo; "teh" and "adn" are still reported. The
   * cspell checker skips words this short by default (its {@code minWordLength} is 4).
   */
  static boolean abbreviation(Hit h, String word) {
    if (word.length() > 3) {
      return false;
    }
    String fix = fix(h, word);
    return fix == null || !transposition(word.toLowerCase(Locale.ROOT),
        fix.toLowerCase(Locale.ROOT));
  }

  /**
   * True when the word stands alone in quotes: {@code <type 'instancemethod'>}, a "nobreak"
   * clause. A quoted word is mentioned (a name, a value, a coined term), not used.
   */
  static boolean quotedAlone(ProseChunk c, Hit h) {
    String s = c.source(0, c.length());
    if (h.from() == 0 || h.to() >= s.length()) {
      return false;
    }
    char open = s.charAt(h.from() - 1);
    char close = s.charAt(h.to());
    return open == close && (open == '\'' || open == '"' || open == '`')
        || open == '\u2018' && close == '\u2019' || open == '\u201c' && close == '\u201d';
  }

  /**
   * True when a grammar match starts or ends on a token written like code ({@code A.hello},
   * {@code os.path}): the rule has read a name as a word.
   */
  static boolean endsOnCode(ProseChunk c, Hit h) {
    return Vocabulary.looksLikeCode(token(c, h.from(), h.from() + 1))
        || Vocabulary.looksLikeCode(token(c, h.to() - 1, h.to()));
  }

  /**
   * True when a repeated word spans a line break and either line has fewer than three words:
   * one value per line ("yellow" / "yellow") or a signature running on in a reference
   * column ("the numeric mode" / "mode)"), not a slip in a sentence wrapped across lines.
   */
  static boolean repeatAcrossShortLine(ProseChunk c, Hit h) {
    String s = c.source(0, c.length());
    if (s.substring(h.from(), h.to()).indexOf('\n') < 0) {
      return false;
    }
    int firstStart = s.lastIndexOf('\n', h.from()) + 1;
    int firstEnd = s.indexOf('\n', h.from());
    int lastStart = s.lastIndexOf('\n', h.to() - 1) + 1;
    int lastEnd = s.indexOf('\n', h.to());
    return wordCount(s.substring(firstStart, firstEnd)) < 3
        || wordCount(s.substring(lastStart, lastEnd < 0 ? s.length() : lastEnd)) < 3;
  }

  private static int wordCount(String line) {
    return (int) NEXT_WORD.matcher(line).results().count();
  }

  private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
  /** Initials before a surname: "A.M. Kuchling", "M.A. Lemburg's". */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}");
  /** Words that put a person's name after them: "by David Beazley", "Author: Ken ...". */
  private static final Set<String> BEFORE_NAME = Set.of("by", "from", "and", "with", "thanks",
      "via", "author:", "authors:");

  /**
   * True when an unknown capitalised word is part of a person's name rather than a typo:
   * after initials ("A.M. Kuchling"), after up to three capitalised words that follow "by",
   * "from", "and", "with", "thanks", "via", "Author:" or a bracket ("by Richard Gruet", "by
   * Guido Van Rossum", "[Satwik Kansal]"), or beside another unknown capitalised word after
   * such a word or bracket. A capitalised typo at the start of a heading or sentence
   * ("Abstarct Base Classes") is still reported.
   */
  static boolean personName(String text, Hit h, Set<Integer> unknownAt) {
    String word = text.substring(h.from(), h.to());
    if (!TITLE_WORD.matcher(word).matches()) {
      return false;
    }
    String before = text.substring(0, h.from());
    String[] back = before.isBlank() ? new String[0] : before.strip().split("\\s+");
    boolean bracketBefore = before.endsWith("[") || before.endsWith("(");
    String prev = back.length == 0 || !before.endsWith(" ") ? null : back[back.length - 1];
    if (prev != null && INITIALS.matcher(prev).matches()) {
      return true;
    }
    // Walk back over the given names: "by Guido Van Rossum".
    for (int i = back.length - 1; prev != null && i >= 0 && i >= back.length - 3; i--) {
      boolean bracket = back[i].startsWith("[") || back[i].startsWith("(");
      if (!TITLE_WORD.matcher(back[i].replaceFirst("^[\\[(]", "")).matches()) {
        break;
      }
      if (bracket || i > 0 && BEFORE_NAME.contains(
          back[i - 1].replaceFirst("^[\\[(]", "").toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    // The first of two unknown capitalised words: "[Satwik Kansal]", "by Denys Dovhan".
    java.util.regex.Matcher next = Pattern.compile("^ (\\p{Lu}\\p{Ll}+)")
        .matcher(text.substring(h.to()));
    boolean leadOk = bracketBefore || prev != null
        && BEFORE_NAME.contains(prev.replaceFirst("^[\\[(]", "").toLowerCase(Locale.ROOT));
    return leadOk && next.find() && unknownAt.contains(h.to() + 1);
  }

  /**
   * True for a word with a letter beyond Latin-1 ("Tiếng Việt", "Dvořák") or CJK punctuation
   * glued to it ("class，" in Chinese text): a name or a word of another language, which an
   * English dictionary has no say on.
   */
  static boolean foreign(String word) {
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (ch > 0xFF && Character.isLetter(ch) || ch >= 0x3000 && ch <= 0x303F
          || ch >= 0xFF00 && ch <= 0xFFEF) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a grammar match rests on a Python keyword used as a noun ("the finally
   * clause", "an else branch") or on a word in capitals (a constant or an acronym), which
   * LanguageTool's tagger reads as ordinary words.
   */
  private static boolean confusedByCode(ProseChunk c, Hit h) {
    String s = c.source(0, c.length());
    int end = Math.min(s.length(), h.to() + 40);
    List<java.util.regex.MatchResult> words =
        WORDS.matcher(s.substring(h.from(), end)).results().toList();
    for (int i = 0; i < words.size(); i++) {
      java.util.regex.MatchResult m = words.get(i);
      boolean inside = h.from() + m.start() < h.to();
      String w = m.group(1);
      if (inside && ACRONYM.matcher(w).matches()) {
        return true;
      }
      if (KEYWORDS.contains(w) && m.group(2) != null) {
        return true; // the keyword is followed by "clause", "block", ... (in or after the match)
      }
      if (inside && (w.equals("True") || w.equals("False"))) {
        return true; // the constants, as in "True and False returns False"
      }
      if (inside && (KEYWORDS.contains(w) || w.equals("a")) && i + 1 < words.size()) {
        // "if can be used", "a but not b": a keyword or a variable as the subject
        String next = words.get(i + 1).group(1).toLowerCase(Locale.ROOT);
        if (NOT_NOUN.contains(next) || VERBS.contains(next)) {
          return true;
        }
        continue;
      }
      if (!inside) {
        return ACRONYM.matcher(w).matches(); // "I am ROB": a name in capitals after the match
      }
    }
    return false;
  }

  /**
   * True when "a"/"an" stands before inline code (how `__init__` is read aloud is the
   * writer's choice) or is itself a variable ("a is now 1", "a, b = 1, 2").
   */
  private static boolean articleBeforeCodeOrName(ProseChunk c, Hit h) {
    int pos = 0;
    for (Part p : c.parts()) {
      int end = pos + p.source().length();
      if (end <= h.to()) {
        pos = end;
        continue;
      }
      if (p.markup()) {
        if (!p.readAs().isBlank()) {
          return true;
        }
        pos = end;
        continue;
      }
      String after = p.source().substring(Math.max(0, h.to() - pos)).stripLeading();
      if (after.isEmpty()) {
        pos = end;
        continue;
      }
      java.util.regex.Matcher m = NEXT_WORD.matcher(after);
      // "a op1 b", "a x", "with a \" inside": the article is a variable, or a character
      // is named; neither takes "an".
      String next = after.split("\\s", 2)[0];
      return m.lookingAt() && NOT_NOUN.contains(m.group().toLowerCase(Locale.ROOT))
          || after.startsWith(",") || after.startsWith("=")
          || next.length() == 1 || next.chars().anyMatch(Character::isDigit)
          || next.startsWith("\"") || next.startsWith("'");
    }
    return false;
  }

  private boolean known(String word, Set<String> identifiers) {
    return config.vocabulary().accepts(word) || identifiers.contains(word);
  }

  /** True when the match covers code, a URL or another stand-in rather than prose only. */
  private static boolean touchesCode(ProseChunk c, Hit h) {
    int pos = 0;
    for (Part p : c.parts()) {
      int end = pos + p.source().length();
      if (p.markup() && !p.readAs().isBlank() && pos < h.to() && h.from() < end) {
        return true;
      }
      pos = end;
    }
    return false;
  }

  /** The whole code-like token around {@code [from, to)}: {@code lru_cache}, {@code os.path}. */
  static String token(ProseChunk c, int from, int to) {
    String s = c.source(0, c.length());
    int a = from;
    while (a > 0 && tokenChar(s.charAt(a - 1))) {
      a--;
    }
    int b = to;
    while (b < s.length() && tokenChar(s.charAt(b))) {
      b++;
    }
    while (b > to && (s.charAt(b - 1) == '.' || s.charAt(b - 1) == '-')) {
      b--; // a sentence's full stop or a dash is not part of the word
    }
    while (a < from && (s.charAt(a) == '.' || s.charAt(a) == '-')) {
      a++;
    }
    if (b + 1 < s.length() && s.charAt(b) == '(' && s.charAt(b + 1) == ')') {
      b += 2;
    }
    return s.substring(a, b);
  }

  private static boolean tokenChar(char ch) {
    return Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '-';
  }

  /** How a misspelling with several suggestions lists them, after the word. */
  private static final String SUGGESTIONS_LEAD = " (suggestions: ";
  /** How a misspelling finding's message starts, before the word. */
  private static final String MISSPELLING_LEAD = "possible misspelling '";

  /**
   * The suggestions listed in the message of a misspelling finding that has no fix
   * ("possible misspelling 'contructor' (suggestions: contractor, constructor)"), in
   * LanguageTool's order; empty for any other message.
   */
  public static List<String> suggestionsIn(String message) {
    int at = message.indexOf(SUGGESTIONS_LEAD);
    if (misspellingIn(message) == null || at < 0 || !message.endsWith(")")) {
      return List.of();
    }
    return List.of(message.substring(at + SUGGESTIONS_LEAD.length(), message.length() - 1)
        .split(", "));
  }

  /** The word a misspelling finding's message names ("possible misspelling 'X' ..."), or null. */
  public static String misspellingIn(String message) {
    if (!message.startsWith(MISSPELLING_LEAD)) {
      return null;
    }
    int end = message.indexOf('\'', MISSPELLING_LEAD.length());
    return end < 0 ? null : message.substring(MISSPELLING_LEAD.length(), end);
  }

  /**
   * The replacement when there is exactly one good one: LanguageTool's only suggestion, or,
   * for a misspelling, the only suggestion that swaps two neighbouring letters (Lenght).
   */
  static String fix(Hit h, String word) {
    return fix(h, word, List.of());
  }

  /**
   * As {@link #fix(Hit, String)}, for a misspelling that a list of common misspellings
   * corrects to {@code listed} (empty when it is not listed): when exactly one of LanguageTool's
   * suggestions is listed, and it is the list's first correction, that is the fix ("mergin":
   * LanguageTool offers margin, merging, Merlin..., the list merging; "wich": which, not
   * with, and the list's witch is not offered). When they share several ("anyother": another
   * or any other?), none, or only a second choice ("encounted": the list's encountered is not
   * offered, its encounter is), the list settles nothing and LanguageTool's suggestions decide
   * alone.
   */
  static String fix(Hit h, String word, List<String> listed) {
    List<String> s = h.suggestions();
    if (h.spelling() && !listed.isEmpty()) {
      List<String> agreed = s.stream()
          .filter(cand -> listed.stream().anyMatch(cand::equalsIgnoreCase)).toList();
      if (!agreed.isEmpty() && agreed.stream().allMatch(listed.get(0)::equalsIgnoreCase)) {
        return agreed.get(0);
      }
    }
    if (s.size() == 1) {
      return s.get(0).equals(word) || h.spelling() && !close(word, s.get(0)) ? null : s.get(0);
    }
    if (!h.spelling()) {
      return null;
    }
    String only = null;
    for (String cand : s) {
      if (transposition(word, cand)) {
        if (only != null) {
          return null;
        }
        only = cand;
      }
    }
    return only;
  }

  /**
   * True when {@code fix} is at most two edits from {@code word}, case aside (Levenshtein): a
   * typo's fix is close to it, and a far one is a guess ("cheetsheet" is not "cheesiest").
   */
  public static boolean close(String word, String fix) {
    return CLOSE.apply(word.toLowerCase(Locale.ROOT), fix.toLowerCase(Locale.ROOT)) >= 0;
  }

  private static final org.apache.commons.text.similarity.LevenshteinDistance CLOSE =
      new org.apache.commons.text.similarity.LevenshteinDistance(2);

  /**
   * The fix in the case the writer used: LanguageTool capitalises suggestions at a sentence
   * start, which a lower-case bullet ("- seperate ...") does not want. When the capital is
   * all that differs ("fibonacci" for "Fibonacci"), the capital is the fix: a name.
   */
  public static String sameCase(String fix, String word) {
    if (fix == null || word.isEmpty() || fix.isEmpty() || !Character.isLowerCase(word.charAt(0))
        || !Character.isUpperCase(fix.charAt(0))
        || !fix.substring(1).equals(fix.substring(1).toLowerCase(Locale.ROOT))) {
      return fix;
    }
    String lowered = Character.toLowerCase(fix.charAt(0)) + fix.substring(1);
    return lowered.equals(word) ? fix : lowered;
  }

  /** True when {@code b} is {@code a} with two neighbouring letters swapped. */
  static boolean transposition(String a, String b) {
    if (a.length() != b.length() || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }

  private static RuleInfo info(Hit h) {
    return LanguageToolRules.info(h.ruleId(), LanguageToolRules.severity(h.issueType()),
        h.spelling() ? Category.SPELLING : Category.GRAMMAR, h.description());
  }

  /** Passages skipped as not English, by file. */
  public Map<String, List<Skipped>> skipped() {
    return Map.copyOf(skipped);
  }

  /** Passages checked, their characters, and how many LanguageTool had to check. */
  public record Stats(long chunks, long chars, long misses, int instances) {}

  public Stats stats() {
    return new Stats(chunks.get(), chars.get(), misses.get(), engine.instances());
  }
}
