package org.notelint.lint.kinds;

import java.util.Map;

/** Fills {@code {name}} placeholders in rule messages and fixes. */
public final class Template {
  private Template() {}

  /** {@code template} with each {@code {key}} replaced; unknown keys are left as written. */
  public static String fill(String template, Map<String, String> vars) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String key = template.substring(i + 1, close);
        String value = vars.get(key);
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
