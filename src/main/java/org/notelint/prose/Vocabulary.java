package org.notelint.prose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.notelint.lint.RuleFileException;

/**
 * Words the spelling check accepts beyond LanguageTool's dictionary: Python terms, names
 * from the standard library and common packages, the corpus's identifiers and the user's
 * own words (files {@code prose/*.txt} in the rules folder, one word per line). A word in
 * lower case is accepted in any case ({@code asyncio}, {@code Asyncio}); one with capitals
 * only as written ({@code CPython}) or in capitals ({@code CPYTHON}).
 */
public final class Vocabulary {
  private static final Pattern SNAKE_OR_DUNDER = Pattern.compile(".*_.*");
  private static final Pattern DOTTED = Pattern.compile("[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+");
  private static final Pattern INNER_CAPITAL = Pattern.compile(".*[a-z][A-Z].*");
  private static final Pattern LETTERS_AND_DIGITS =
      Pattern.compile(".*(?:[A-Za-z]\\d|\\d[A-Za-z]).*");
  private static final Pattern CALL = Pattern.compile("\\w+(?:\\.\\w+)*\\(\\)");
  /** Case no typo makes: "BAd", "ThIS" (a string shown in odd case on purpose). */
  private static final Pattern ODD_CASE = Pattern.compile("\\p{Lu}{2,}\\p{Ll}+");
  /** The n-th of a variable: nth, ith, kth, yth. */
  private static final Pattern ORDINAL_OF_VARIABLE = Pattern.compile("[a-z]th");
  private static final Pattern OPTION_OR_SUFFIX = Pattern.compile("(?:--?|\\.)[A-Za-z]\\S*");
  /** Format specifiers and shell or template variables: %n, %timeit, $var, $PATH. */
  private static final Pattern SIGIL = Pattern.compile("[%$][A-Za-z]\\w*");

  /** Plurals in -es: after s, x, z, ch and sh (classes, boxes, matches). */
  private static final Pattern PLURAL_ES = Pattern.compile(".*(?:s|x|z|ch|sh)es");

  private final Set<String> exact = new HashSet<>();
  private final Set<String> anyCase = new HashSet<>();
  private final String fingerprint;
  private final int size;

  public Vocabulary(List<String> words) {
    for (String w : words) {
      exact.add(w);
      exact.add(w.toUpperCase(Locale.ROOT));
      if (w.equals(w.toLowerCase(Locale.ROOT))) {
        anyCase.add(w);
      }
    }
    Set<String> sorted = new TreeSet<>(words);
    size = sorted.size();
    fingerprint = ProseConfig.digest(String.join("\n", sorted));
  }

  /** Reads a word list into {@code out}; {@code #} starts a comment. */
  static void parse(String file, String text, List<String> out) throws RuleFileException {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      if (hash == 0 || hash > 0 && Character.isWhitespace(line.charAt(hash - 1))) {
        line = line.substring(0, hash);
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.chars().anyMatch(Character::isWhitespace)) {
        throw new RuleFileException(file + ":" + (i + 1) + ": one word per line, found '"
            + line + "'");
      }
      out.add(line);
    }
  }

  /** True when {@code word} (possibly with a possessive 's) is in the lists. */
  public boolean accepts(String word) {
    String w = word.endsWith("'s") || word.endsWith("\u2019s")
        ? word.substring(0, word.length() - 2) : word;
    if (known(w)) {
      return true;
    }
    // plurals of listed words (dicts, datetimes, iterables, prefixes), of stems of four
    // letters or more: "Acces" is a typo, not the plural of the abbreviation "acc"
    if (!w.endsWith("s")) {
      return false;
    }
    String stem = w.substring(0, w.length() - 1);
    String esStem = PLURAL_ES.matcher(w).matches() ? w.substring(0, w.length() - 2) : "";
    return stem.length() >= 4 && known(stem) || esStem.length() >= 4 && known(esStem);
  }

  private boolean known(String w) {
    return exact.contains(w) || anyCase.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * Every form LanguageTool should not flag, for its spelling rule's ignore list (cheaper
   * than finding misspellings and dropping them: no suggestions are computed).
   */
  public List<String> ignoreTokens() {
    Set<String> all = new TreeSet<>(exact);
    for (String w : anyCase) {
      all.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return new ArrayList<>(all);
  }

  /** A digest of the lists (part of the result cache key). */
  public String fingerprint() {
    return fingerprint;
  }

  /** The number of words. */
  public int size() {
    return size;
  }

  /**
   * True for a token written like code rather than a word: {@code snake_case},
   * {@code __dunder__}, {@code dotted.names}, {@code CamelCase} and {@code camelCase},
   * letters mixed with digits ({@code utf8}), calls ({@code len()}), options and suffixes.
   */
  public static boolean looksLikeCode(String token) {
    return SNAKE_OR_DUNDER.matcher(token).matches()
        || DOTTED.matcher(token).matches()
        || INNER_CAPITAL.matcher(token).matches()
        || LETTERS_AND_DIGITS.matcher(token).matches()
        || CALL.matcher(token).matches()
        || OPTION_OR_SUFFIX.matcher(token).matches()
        || SIGIL.matcher(token).matches()
        || ODD_CASE.matcher(token).matches()
        || ORDINAL_OF_VARIABLE.matcher(token).matches();
  }
}
