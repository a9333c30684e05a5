package org.notelint.lint;

import java.util.Locale;

/** What part of a note a rule reads. Prose scopes never contain code blocks, and back. */
public enum Scope {
  /** Paragraphs, definition terms, quotes and table cells. */
  PROSE,
  /** List items. */
  LIST,
  /** Section titles. */
  HEADING,
  /** Inline code spans inside prose, lists and headings. */
  INLINE_CODE,
  /** Link targets: Markdown links, bare URLs, link definitions. */
  LINK,
  /** Python code (strings' contents and comments masked; prompts and outputs removed). */
  CODE,
  /** Comments in Python code (commented-out code is code, not comment). */
  COMMENT,
  /** The contents of Python string literals. */
  STRING,
  /** Shell sessions, IPython magics and code in other languages. */
  CONSOLE,
  /** Notebook outputs and the results printed in interactive sessions. */
  OUTPUT;

  /** The name used in rule files ({@code inline-code}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The scope named {@code label}, or null. */
  public static Scope parse(String label) {
    for (Scope s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    return null;
  }

  /** True for the scopes that hold sentences (prose, list items, headings, comments). */
  public boolean isSentential() {
    return this == PROSE || this == LIST || this == HEADING || this == COMMENT;
  }
}
