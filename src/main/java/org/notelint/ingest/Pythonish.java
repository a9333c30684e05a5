package org.notelint.ingest;

import java.util.regex.Pattern;

/** Cheap line-level guesses of whether text is Python code, used where no fence says so. */
public final class Pythonish {
  private static final Pattern KEYWORD_START = Pattern.compile(
      "^(def|class|import|from\\s+[\\w.]+\\s+import|for|while|if|elif|else|try|except|finally"
          + "|with|return|yield|raise|assert|del|pass|break|continue|global|nonlocal|async|await"
          + "|lambda|print)\\b(?![-'’])");
  private static final Pattern ASSIGNMENT = Pattern.compile(
      "^[\\w.\\[\\]'\"(), *]+?\\s*(=|\\+=|-=|\\*=|/=|//=|%=|\\|=|&=|:=|\\*\\*=)\\s*[^=\\s]");
  private static final Pattern ANNOTATED = Pattern.compile("^[a-z_]\\w*\\s*:\\s*[A-Za-z_][\\w.\\[\\], ]*(=.*)?$");
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z]+[,.;]?");
  private static final Pattern CLOSERS = Pattern.compile("[)\\]}]+[,;]?");
  private static final Pattern BULLET = Pattern.compile("^[-*+•]\\s+\\S.*");
  private static final Pattern BULLET_WORD = Pattern.compile("^[-*+•]\\s+[A-Za-z].*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ANNOTATED_ASSIGNMENT =
      Pattern.compile("^[A-Za-z_][\\w.]*\\s*:\\s*[A-Za-z_][^=#]*=\\s*[^=\\s]");
  /** Code followed by an aligned end-of-line comment: {@code x = f()   # note}. */
  private static final Pattern TRAILING_COMMENT =
      Pattern.compile("^[^#'\"]*[\\w)\\]}'\"]\\s{2,}#\\s");
  private static final Pattern CALL = Pattern.compile(
      "^[a-z_][\\w.]*(\\[[^\\]]*\\])?\\(.*\\)[\\w.()\\[\\]]*\\s*(#.*)?$");
  private static final Pattern BARE_NAME = Pattern.compile("^[a-z_][\\w]*(\\.[\\w]+)+\\s*(#.*)?$|^_\\w+_\\s*$");
  private static final Pattern PROMPT =
      Pattern.compile("^(>>>|\\.\\.\\.\\s|\\$\\s|\\(gdb\\)|\\(Pdb\\)|%\\w|!\\w)");

  private Pythonish() {}

  /** A line that is clearly a Python statement (keyword, assignment, call, comment...). */
  public static boolean statementLike(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    char c0 = s.charAt(0);
    if (c0 == '#' || c0 == '@' && s.length() > 1 && Character.isJavaIdentifierStart(s.charAt(1))) {
      return true;
    }
    // Each pattern runs only when the characters it needs are there: these run on every line.
    if (">.$(%!".indexOf(c0) >= 0 && PROMPT.matcher(s).lookingAt()) {
      return true;
    }
    if (c0 >= 'a' && c0 <= 'z' && KEYWORD_START.matcher(s).lookingAt() && !proseAfterKeyword(s)) {
      return true;
    }
    boolean equals = s.indexOf('=') >= 0;
    if (equals && ASSIGNMENT.matcher(s).lookingAt() && !s.contains("==")) {
      return true;
    }
    if (s.indexOf('(') >= 0 && s.indexOf(')') >= 0 && CALL.matcher(s).lookingAt()) {
      return true;
    }
    boolean colon = s.indexOf(':') >= 0;
    if (equals && colon && ANNOTATED_ASSIGNMENT.matcher(s).lookingAt()) {
      return true;
    }
    if (s.indexOf('#') >= 0 && TRAILING_COMMENT.matcher(s).lookingAt()) {
      return true;
    }
    return colon && s.length() < 60 && ANNOTATED.matcher(s).matches();
  }

  /** "for example, the..." starts with a keyword but is prose. */
  private static boolean proseAfterKeyword(String s) {
    String[] words = SPACES.split(s);
    if (words.length < 5) {
      return false;
    }
    int plain = 0;
    for (String w : words) {
      if (PLAIN_WORD.matcher(w).matches()) {
        plain++;
      }
    }
    return plain * 10 >= words.length * 8 && !s.endsWith(":");
  }

  /** A line that looks like code at all: statements plus symbol-heavy or bare-name lines. */
  public static boolean codeLike(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    if (statementLike(s) || BARE_NAME.matcher(s).matches()) {
      return true;
    }
    if (s.startsWith("f'") || s.startsWith("f\"") || s.contains(" => ")) {
      return true;
    }
    if (CLOSERS.matcher(s).matches()) {
      return true;
    }
    int symbols = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters++;
      } else if ("()[]{}=<>;_*+/\\|&%'\"".indexOf(c) >= 0) {
        symbols++;
      }
    }
    return symbols * 4 > symbols + letters;
  }

  /** True when most non-blank lines of the block look like code. */
  public static boolean blockLooksLikeCode(Iterable<String> lines) {
    int code = 0;
    int total = 0;
    int bullets = 0;
    for (String l : lines) {
      String s = l.strip();
      if (s.isEmpty()) {
        continue;
      }
      total++;
      if (BULLET.matcher(s).matches() && !s.startsWith("* ") || BULLET_WORD.matcher(s).matches()) {
        bullets++;
        continue;
      }
      if (codeLike(l)) {
        code++;
      }
    }
    return total > 0 && code * 2 >= total && bullets * 3 < total;
  }
}
