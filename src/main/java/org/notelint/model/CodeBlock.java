package org.notelint.model;

/**
 * A code block: its code (fences, prompts and indentation stripped, positions kept), the
 * language ({@code ""} when unknown), its role, and for notebook cells the execution count
 * ({@code null} when the cell was never run) and whether it is a notebook cell at all.
 */
public record CodeBlock(SourceSpan span, Text code, String language, CodeRole role,
    boolean notebookCell, Integer executionCount) implements Block {

  /** A plain code block outside a notebook. */
  public static CodeBlock of(SourceSpan span, Text code, String language, CodeRole role) {
    return new CodeBlock(span, code, language, role, false, null);
  }

  @Override
  public String kind() {
    return "code";
  }

  /** True when the language names Python (or is unknown and the role is Python-like). */
  public boolean isPython() {
    String l = language.toLowerCase(java.util.Locale.ROOT);
    return l.equals("python") || l.equals("py") || l.equals("python3") || l.equals("py3")
        || l.equals("python2") || l.equals("pycon") || l.equals("ipython")
        || l.equals("ipython3");
  }
}
