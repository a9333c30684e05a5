package org.notelint.ingest;

import java.util.Locale;
import java.util.Set;
import org.notelint.model.CodeRole;

/** Decides what a code block holds from its language tag and its lines. */
final class CodeRoles {
  private static final Set<String> SHELL = Set.of("console", "shell", "sh", "bash", "zsh",
      "shell-session", "shellsession", "powershell", "ps1", "bat", "cmd", "doscon", "gdb");
  private static final Set<String> OUTPUT = Set.of("output", "text", "txt", "none", "plain",
      "plaintext", "out");

  private CodeRoles() {}

  /** The role of a block with this language tag and code. */
  static CodeRole detect(String language, String code) {
    String lang = language.toLowerCase(Locale.ROOT);
    if (lang.equals("pycon") || lang.equals("doctest")) {
      return CodeRole.DOCTEST;
    }
    int doctest = 0;
    int dollar = 0;
    int nonBlank = 0;
    // Line by line without copying: [f, l] is the line with its blanks stripped.
    int n = code.length();
    for (int start = 0; start <= n; ) {
      int end = code.indexOf('\n', start);
      end = end < 0 ? n : end;
      int f = start;
      int l = end - 1;
      while (f <= l && Character.isWhitespace(code.charAt(f))) {
        f++;
      }
      while (l >= f && Character.isWhitespace(code.charAt(l))) {
        l--;
      }
      start = end + 1;
      if (f > l) {
        continue;
      }
      nonBlank++;
      if (code.startsWith(">>>", f) && f + 2 <= l) {
        doctest++;
      }
      char c = code.charAt(f);
      if (c == '$' && (f == l || code.charAt(f + 1) == ' ')
          || code.startsWith("(gdb)", f) && f + 4 <= l || code.startsWith("(Pdb)", f) && f + 4 <= l) {
        dollar++;
      }
    }
    if (doctest > 0 && !SHELL.contains(lang)) {
      return CodeRole.DOCTEST;
    }
    if (SHELL.contains(lang) || (dollar > 0 && dollar * 3 >= nonBlank)) {
      return CodeRole.CONSOLE;
    }
    if (OUTPUT.contains(lang)) {
      return CodeRole.OUTPUT;
    }
    return CodeRole.SOURCE;
  }
}
