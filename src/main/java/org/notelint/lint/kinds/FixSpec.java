package org.notelint.lint.kinds;

import java.util.HashMap;
import java.util.Map;
import org.notelint.model.Fix;

/**
 * A safe fix as a rule file declares it: a replacement template for the reported span
 * ({@code {name}} refers to a named group), or a map from the reported text to its
 * replacement. The description says what the fix does.
 */
public record FixSpec(String replace, Map<String, String> map, String description) {
  public FixSpec {
    map = map == null ? Map.of() : Map.copyOf(map);
  }

  /**
   * The fix for the current match, or null when this match has none (a group the template
   * needs did not take part). Group values come from {@code original}, not the masked view.
   */
  Fix apply(Regex.Hits m, String original, int start, int end) {
    String hit = original.substring(start, end);
    String replacement;
    if (!map.isEmpty()) {
      replacement = map.get(org.notelint.util.Spaces.collapse(hit.strip()));
    } else if (replace != null) {
      Map<String, String> vars = new HashMap<>();
      for (String g : m.regex().pattern().namedGroups().keySet()) {
        if (m.group(g) != null) {
          vars.put(g, original.substring(m.start(g), m.end(g)));
        }
      }
      replacement = Template.fill(replace, vars);
      if (replacement.matches("(?s).*\\{[a-z]+\\}.*")) {
        replacement = null;
      }
    } else {
      replacement = null;
    }
    if (replacement == null) {
      return null;
    }
    String d = description != null ? description : "replace with " + replacement;
    return new Fix(d, replacement);
  }
}
