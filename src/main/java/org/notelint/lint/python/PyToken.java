package org.notelint.lint.python;

/**
 * One Python token: its type and {@code [start, end)} offsets in the tokenized string. For
 * strings, {@code [contentStart, contentEnd)} is the text between the quotes; for comments,
 * the text after {@code #}; for other tokens it equals the token.
 */
public record PyToken(Type type, int start, int end, int contentStart, int contentEnd) {

  /** Token types, as in CPython's {@code tokenize} module (indentation is not tracked). */
  public enum Type {
    NAME, NUMBER, STRING, COMMENT, OP,
    /** The end of a logical line (a newline outside brackets and continuations). */
    NEWLINE,
    /** A character that starts no token, or a string left unterminated. */
    ERROR
  }

  /** The token text in {@code source}. */
  public String text(CharSequence source) {
    return source.subSequence(start, end).toString();
  }

  /** +1 for an opening bracket, -1 for a closing one, 0 for any other token. */
  public int depthChange(CharSequence source) {
    if (type != Type.OP || end - start != 1) {
      return 0;
    }
    char c = source.charAt(start);
    return c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
  }

  /** True for an operator token with exactly this text. */
  public boolean isOp(CharSequence source, String op) {
    return type == Type.OP && end - start == op.length()
        && source.subSequence(start, end).toString().equals(op);
  }
}
