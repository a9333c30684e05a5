package org.notelint.emit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.notelint.model.Finding;
import org.notelint.model.Severity;

/**
 * The console report: one {@code path:line:col: severity [rule-id] message} line per
 * finding, sorted, then a one-line summary by severity and category.
 */
public final class TextReporter {
  private static final String RESET = "\u001B[0m";

  private TextReporter() {}

  /** One finding as a line; {@code prefix} is put before the file path (may be empty). */
  public static String line(Finding f, String prefix, boolean color) {
    String sev = f.severity().label();
    if (color) {
      String c = switch (f.severity()) {
        case ERROR -> "\u001B[31m";
        case WARNING -> "\u001B[33m";
        case NOTE -> "\u001B[36m";
      };
      sev = c + sev + RESET;
    }
    return prefix + f.file() + ":" + f.span().startLine() + ":" + f.span().startColumn() + ": "
        + sev + " [" + f.ruleId() + "] " + f.message();
  }

  /** The summary line for {@code findings} over {@code files} files. */
  public static String summary(List<Finding> findings, int files) {
    String fileWord = files == 1 ? "file" : "files";
    if (findings.isEmpty()) {
      return "no findings in " + files + " " + fileWord;
    }
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    Map<String, Integer> byCategory = new TreeMap<>();
    for (Finding f : findings) {
      bySeverity.merge(f.severity(), 1, Integer::sum);
      byCategory.merge(f.category().label(), 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(findings.size()).append(findings.size() == 1 ? " finding" : " findings")
        .append(" in ").append(files).append(' ').append(fileWord).append(" (");
    String sep = "";
    for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
      int n = bySeverity.getOrDefault(s, 0);
      sb.append(sep).append(n).append(' ').append(s.label()).append(n == 1 ? "" : "s");
      sep = ", ";
    }
    sb.append("); by category: ");
    sep = "";
    for (Map.Entry<String, Integer> e : byCategory.entrySet()) {
      sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
      sep = ", ";
    }
    return sb.toString();
  }
}
