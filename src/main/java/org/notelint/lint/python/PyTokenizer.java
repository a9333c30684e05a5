package org.notelint.lint.python;

import java.util.ArrayList;
import java.util.List;
import org.notelint.lint.python.PyToken.Type;

/**
 * A forgiving Python tokenizer for code found in notes: it never fails, accepts Python 2
 * syntax (backticks, {@code <>}, {@code 10L}, {@code ur''}), and keeps offsets so every token
 * maps back to its source line and column. Follows the lexical rules of
 * https://docs.python.org/3/reference/lexical_analysis.html closely enough to tell names
 * from strings and comments; it does not track indentation.
 */
public final class PyTokenizer {
  private static final String[] OPERATORS = {
      "**=", "//=", ">>=", "<<=", "...", "!=", "<>", "==", "<=", ">=", "->", ":=", "**", "//",
      "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};
  /** {@link #OPERATORS} by first character, each list in the same (longest-first) order. */
  private static final String[][] OPERATORS_BY_FIRST = new String[128][];

  static {
    for (String op : OPERATORS) {
      String[] old = OPERATORS_BY_FIRST[op.charAt(0)];
      String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = op;
      OPERATORS_BY_FIRST[op.charAt(0)] = grown;
    }
  }

  private PyTokenizer() {}

  /** The tokens of {@code code}; whitespace and line continuations produce none. */
  public static List<PyToken> tokenize(CharSequence code) {
    List<PyToken> out = new ArrayList<>();
    int n = code.length();
    int depth = 0;
    int i = 0;
    while (i < n) {
      char c = code.charAt(i);
      if (c == '\n') {
        if (depth == 0 && !out.isEmpty() && out.get(out.size() - 1).type() != Type.NEWLINE) {
          out.add(new PyToken(Type.NEWLINE, i, i + 1, i, i + 1));
        }
        i++;
      } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\ue000') {
        i++;
      } else if (c == '\\' && i + 1 < n && (code.charAt(i + 1) == '\n'
          || code.charAt(i + 1) == '\r')) {
        i += 2;
      } else if (c == '#') {
        int e = i;
        while (e < n && code.charAt(e) != '\n') {
          e++;
        }
        out.add(new PyToken(Type.COMMENT, i, e, i + 1, e));
        i = e;
      } else if (c == '"' || c == '\'') {
        i = string(code, i, i, out);
      } else if (isNameStart(c)) {
        int e = i + 1;
        while (e < n && isNamePart(code.charAt(e))) {
          e++;
        }
        if (e < n && (code.charAt(e) == '"' || code.charAt(e) == '\'') && isPrefix(code, i, e)) {
          i = string(code, i, e, out);
        } else {
          out.add(new PyToken(Type.NAME, i, e, i, e));
          i = e;
        }
      } else if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && isDigit(code.charAt(i + 1))) {
        int e = number(code, i);
        out.add(new PyToken(Type.NUMBER, i, e, i, e));
        i = e;
      } else {
        int len = operatorLength(code, i);
        if (len == 0) {
          out.add(new PyToken(Type.ERROR, i, i + 1, i, i + 1));
          i++;
          continue;
        }
        if (len == 1) {
          if (c == '(' || c == '[' || c == '{') {
            depth++;
          } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
          }
        }
        out.add(new PyToken(Type.OP, i, i + len, i, i + len));
        i += len;
      }
    }
    return out;
  }

  /** Reads a string whose prefix starts at {@code start} and quote at {@code quote}. */
  private static int string(CharSequence code, int start, int quote, List<PyToken> out) {
    int n = code.length();
    char q = code.charAt(quote);
    boolean triple = quote + 2 < n && code.charAt(quote + 1) == q && code.charAt(quote + 2) == q;
    int open = triple ? 3 : 1;
    boolean raw = false;
    for (int k = start; k < quote; k++) {
      char p = code.charAt(k);
      raw |= p == 'r' || p == 'R';
    }
    int i = quote + open;
    while (i < n) {
      char c = code.charAt(i);
      if (c == '\\' && i + 1 < n) {
        i += 2;
        continue;
      }
      if (c == '\n' && !triple) {
        break;
      }
      if (c == q && (!triple || i + 2 < n && code.charAt(i + 1) == q && code.charAt(i + 2) == q)) {
        int end = i + open;
        out.add(new PyToken(Type.STRING, start, end, quote + open, i));
        return end;
      }
      i++;
    }
    // Unterminated: the string runs to the end of the line (or of the code when triple).
    out.add(new PyToken(Type.ERROR, start, i, quote + open, i));
    return i;
  }

  private static boolean isPrefix(CharSequence code, int from, int to) {
    int len = to - from;
    if (len > 2) {
      return false;
    }
    String p = code.subSequence(from, to).toString().toLowerCase(java.util.Locale.ROOT);
    return switch (p) {
      case "r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "ur", "tr", "rt" -> true;
      default -> false;
    };
  }

  private static int number(CharSequence code, int i) {
    int n = code.length();
    int e = i;
    if (code.charAt(e) == '0' && e + 1 < n && "xXoObB".indexOf(code.charAt(e + 1)) >= 0) {
      e += 2;
      while (e < n && (Character.isLetterOrDigit(code.charAt(e)) || code.charAt(e) == '_')) {
        e++;
      }
      return e;
    }
    while (e < n) {
      char c = code.charAt(e);
      if (isDigit(c) || c == '_' || c == '.' && !(e + 1 < n && code.charAt(e + 1) == '.')) {
        e++;
      } else if ((c == 'e' || c == 'E') && e + 1 < n && (isDigit(code.charAt(e + 1))
          || (code.charAt(e + 1) == '+' || code.charAt(e + 1) == '-') && e + 2 < n
          && isDigit(code.charAt(e + 2)))) {
        e += 2;
      } else {
        break;
      }
    }
    if (e < n && "jJlL".indexOf(code.charAt(e)) >= 0) {
      e++;
    }
    return e;
  }

  private static int operatorLength(CharSequence code, int i) {
    char c = code.charAt(i);
    String[] candidates = c < 128 ? OPERATORS_BY_FIRST[c] : null;
    if (candidates != null) {
      for (String op : candidates) {
        if (regionMatches(code, i, op)) {
          return op.length();
        }
      }
    }
    return "+-*/%@&|^~<>()[]{},:;.=`!?$".indexOf(c) >= 0 ? 1 : 0;
  }

  private static boolean regionMatches(CharSequence s, int at, String op) {
    if (at + op.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < op.length(); k++) {
      if (s.charAt(at + k) != op.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isNameStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
        || c > 127 && Character.isUnicodeIdentifierStart(c);
  }

  static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c) || c > 127 && Character.isUnicodeIdentifierPart(c);
  }
}
