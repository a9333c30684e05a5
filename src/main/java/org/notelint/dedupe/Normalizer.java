package org.notelint.dedupe;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.notelint.lint.python.PyToken;
import org.notelint.lint.python.PyTokenizer;

/**
 * What two units are compared on. Prose: words, with case, markup, punctuation, quotes and
 * white space folded. Code: Python tokens with comments dropped, literals folded to one token
 * per kind and names folded to one token, the way copy-paste detectors (PMD CPD's
 * ignore-identifiers and ignore-literals, jscpd) do, so a copy with renamed variables still
 * matches ({@code la + lb} and {@code a + b}). Unlike them, keywords, builtins, attribute
 * names and the names of called functions are kept: two snippets that call different APIs
 * on differently named objects are different code, however alike their shape.
 */
public final class Normalizer {
  /** What every folded name becomes. */
  static final String NAME = "$";
  static final String NUMBER = "0";
  static final String STRING = "''";
  /** The end of a logical line, so statement boundaries count. */
  static final String NEWLINE = ";";

  /** Python 3 keywords (and the Python 2 statements print and exec). */
  private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as",
      "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
      "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
      "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
      "print", "exec", "self", "cls");

  /** Keywords after which a name is declared (and so folded, even before a bracket). */
  private static final Set<String> DECLARES = Set.of("def", "class");

  /** Built-in functions and types: a call to len() is part of what the code does. */
  private static final Set<String> BUILTINS = Set.of("abs", "aiter", "all", "anext", "any",
      "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr",
      "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate",
      "eval", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash",
      "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list",
      "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow",
      "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
      "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__",
      "__init__", "__name__", "__main__", "xrange", "unicode", "long", "raw_input");

  private Normalizer() {}

  /**
   * The words of a prose text: NFKC, lower case, curly quotes and apostrophes dropped (so
   * "package’s" and "package's" agree), anything but letters, digits and underscores a break.
   */
  public static List<String> words(String text) {
    String s = nfkc(text).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c) || c == '_') {
        w.appendCodePoint(c);
      } else if (isApostrophe(c) && w.length() > 0 && i < s.length()
          && Character.isLetter(s.codePointAt(i))) {
        continue; // don't, package's: one word
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  /** NFKC, skipped for text in ASCII, which it leaves as it is. */
  public static String nfkc(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return java.text.Normalizer.normalize(text, Form.NFKC);
      }
    }
    return text;
  }

  private static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4';
  }

  /** The normalised tokens of Python code: see the class comment. */
  public static List<String> code(String code) {
    List<String> out = new ArrayList<>();
    List<PyToken> tokens = PyTokenizer.tokenize(code);
    for (int i = 0; i < tokens.size(); i++) {
      PyToken t = tokens.get(i);
      switch (t.type()) {
        case COMMENT -> { }
        case NEWLINE -> {
          if (!out.isEmpty() && !out.get(out.size() - 1).equals(NEWLINE)) {
            out.add(NEWLINE);
          }
        }
        case NAME -> {
          String n = t.text(code);
          boolean attribute = i > 0 && tokens.get(i - 1).isOp(code, ".");
          boolean called = i + 1 < tokens.size() && tokens.get(i + 1).isOp(code, "(")
              && !(i > 0 && tokens.get(i - 1).type() == PyToken.Type.NAME
                  && DECLARES.contains(tokens.get(i - 1).text(code)));
          out.add(KEYWORDS.contains(n) || BUILTINS.contains(n) || attribute || called ? n
              : NAME);
        }
        case NUMBER -> out.add(NUMBER);
        case STRING -> out.add(STRING);
        default -> out.add(t.text(code));
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1).equals(NEWLINE)) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * The distinct {@code k}-shingles of {@code tokens} as sorted 64-bit hashes; a sequence
   * shorter than {@code k} is one shingle.
   */
  public static long[] shingles(List<String> tokens, int k) {
    if (tokens.isEmpty()) {
      return new long[0];
    }
    long[] tokenHashes = new long[tokens.size()];
    for (int i = 0; i < tokenHashes.length; i++) {
      tokenHashes[i] = hash(tokens.get(i));
    }
    int n = Math.max(1, tokens.size() - k + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(i + k, tokenHashes.length); j++) {
        h = mix(h * 31 + tokenHashes[j]);
      }
      out[i] = h;
    }
    Arrays.sort(out);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[m++] = out[i];
      }
    }
    return m == n ? out : Arrays.copyOf(out, m);
  }

  /** A 64-bit hash of a string (FNV-1a, then mixed): stable across runs and JVMs. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The finaliser of SplitMix64: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
