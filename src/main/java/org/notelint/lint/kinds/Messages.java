package org.notelint.lint.kinds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Message templating for Java checks: {@code {key}} placeholders, key/value pairs. */
public final class Messages {
  private Messages() {}

  /** {@code template} filled from alternating keys and values. */
  public static String fill(String template, List<String> keyValues) {
    Map<String, String> vars = new HashMap<>();
    for (int i = 0; i + 1 < keyValues.size(); i += 2) {
      vars.put(keyValues.get(i), keyValues.get(i + 1));
    }
    return Template.fill(template, vars);
  }
}
