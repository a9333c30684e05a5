package org.notelint.lint.checks;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;
import org.notelint.lint.kinds.Template;
import org.notelint.model.Text;

/**
 * {@code dataclass-field-order}: in a {@code @dataclass} class body, a field without a
 * default after a field with one makes the generated {@code __init__} invalid, so the class
 * statement raises TypeError. Keyword-only dataclasses ({@code kw_only=True}), fields after
 * {@code KW_ONLY}, {@code ClassVar} annotations and {@code field(init=False)} are exempt.
 */
public final class DataclassFieldOrderCheck implements Check {
  private static final Pattern DECORATOR =
      Pattern.compile("^[ \\t]*@\\s*(?:[\\w.]+\\.)?dataclass\\b(?<args>\\([^)]*\\))?");
  private static final Pattern CLASS = Pattern.compile("^([ \\t]*)class\\s+\\w+");
  private static final Pattern FIELD = Pattern.compile(
      "^([ \\t]*)([A-Za-z_]\\w*)\\s*:\\s*([^=]+?)\\s*(?:=\\s*(.*?))?\\s*$");

  @Override
  public String name() {
    return "dataclass-field-order";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    for (Unit unit : doc.units(rule.scopes())) {
      String v = unit.view();
      if (!v.contains("dataclass")) {
        continue;
      }
      Text t = unit.text();
      int lines = t.lineCount();
      for (int i = 0; i < lines; i++) {
        Matcher d = DECORATOR.matcher(line(v, t, i));
        if (!d.find() || d.group("args") != null && d.group("args").matches(
            "(?s).*kw_only\\s*=\\s*True.*")) {
          continue;
        }
        int c = i + 1;
        while (c < lines && (line(v, t, c).isBlank() || line(v, t, c).strip().startsWith("@"))) {
          c++;
        }
        if (c >= lines) {
          break;
        }
        Matcher cm = CLASS.matcher(line(v, t, c));
        if (!cm.find()) {
          continue;
        }
        body(rule, unit, v, t, c, cm.group(1).length(), sink);
        i = c;
      }
    }
  }

  private static void body(RuleMeta rule, Unit unit, String v, Text t, int classLine,
      int classIndent, Sink sink) {
    int bodyIndent = -1;
    String withDefault = null;
    for (int i = classLine + 1; i < t.lineCount(); i++) {
      String line = line(v, t, i);
      if (line.isBlank()) {
        continue;
      }
      int indent = indentOf(line);
      if (indent <= classIndent) {
        return;
      }
      if (bodyIndent < 0) {
        bodyIndent = indent;
      }
      if (indent != bodyIndent) {
        continue;
      }
      Matcher f = FIELD.matcher(line);
      if (!f.matches()) {
        continue;
      }
      String name = f.group(2);
      String annotation = f.group(3).strip();
      String value = f.group(4);
      if (annotation.startsWith("ClassVar") || annotation.contains(".ClassVar")) {
        continue;
      }
      if (annotation.equals("KW_ONLY") || annotation.endsWith(".KW_ONLY")) {
        return;
      }
      boolean hasDefault = value != null && !value.isEmpty();
      if (hasDefault && value.matches("(?:dataclasses\\.)?field\\(.*")) {
        if (value.matches(".*\\binit\\s*=\\s*False.*") || value.matches(".*\\bkw_only\\s*=\\s*True.*")) {
          continue;
        }
        hasDefault = value.matches(".*\\bdefault(?:_factory)?\\s*=.*");
      }
      if (hasDefault) {
        if (withDefault == null) {
          withDefault = name;
        }
      } else if (withDefault != null) {
        int start = t.lineStart(i) + f.start(2);
        sink.report(rule, unit, start, start + name.length(),
            Template.fill(rule.message(), Map.of("field", name, "previous", withDefault)), null);
      }
    }
  }

  private static String line(String view, Text t, int i) {
    return view.substring(t.lineStart(i), t.lineEnd(i));
  }

  private static int indentOf(String line) {
    int n = 0;
    while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
      n++;
    }
    return n;
  }
}
