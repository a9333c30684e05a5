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
    for (String line : code.split("\n", -1)) {
      String s = line.strip();
      if (s.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (s.startsWith(">>>")) {
        doctest++;
      }
      if (s.startsWith("$ ") || s.equals("$") || s.startsWith("(gdb)") || s.startsWith("(Pdb)")) {
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
