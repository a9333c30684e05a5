package org.notelint.lint;

import java.util.List;
import java.util.Set;
import org.notelint.model.Category;
import org.notelint.model.RuleInfo;
import org.notelint.model.Severity;

/**
 * What every rule declares: id, kebab-case name, severity, category, a one-line summary,
 * the message template, rationale, references, the scopes it reads and its examples. Where
 * it was declared ({@code file:line}) is kept for error messages.
 */
public record RuleMeta(String id, String name, Severity severity, Category category,
    String summary, String message, String rationale, List<String> references,
    Set<Scope> scopes, Examples examples, String origin) {
  public RuleMeta {
    references = List.copyOf(references);
    scopes = Set.copyOf(scopes);
  }

  /** The public description used by {@code notelint rules} and the reports. */
  public RuleInfo info() {
    return new RuleInfo(id, name, severity, category, summary, rationale, references);
  }

  /**
   * Bad and good examples; {@code format} says how to read them: {@code python} (code, shown
   * in a Python fence), {@code markdown}, {@code rst} or {@code notebook} (a notebook
   * exported to text, with {@code In [N]:} prompts).
   */
  public record Examples(List<String> bad, List<String> good, String format) {
    /** The formats examples can be written in. */
    public static final List<String> FORMATS = List.of("python", "markdown", "rst", "notebook");

    /** The file name an example is read as, so its format is sniffed as intended. */
    public String fileName() {
      return switch (format) {
        case "rst" -> "example.rst";
        case "notebook" -> "example.txt";
        default -> "example.md";
      };
    }

    public Examples {
      bad = List.copyOf(bad);
      good = List.copyOf(good);
    }
  }
}
