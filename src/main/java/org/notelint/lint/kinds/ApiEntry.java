package org.notelint.lint.kinds;

import java.util.List;
import java.util.Map;
import org.notelint.lint.PythonVersion;

/**
 * One row of an API table: the names it covers ({@code imp} a module, {@code time.clock} a
 * dotted name, {@code .isAlive} a method on any object, optionally only on receivers
 * matching {@code receiver}; with {@code keyword}, only calls passing that keyword), when
 * it was deprecated and removed (or {@code never} for names that never existed), what to
 * use instead (a clause: "use importlib"), safe renames, and the source of the fact.
 */
public record ApiEntry(List<String> names, PythonVersion deprecated, PythonVersion removed,
    PythonVersion planned, boolean never, String use, Map<String, String> rename,
    String keyword, Regex receiver, String source) {
  public ApiEntry {
    names = List.copyOf(names);
    rename = rename == null ? Map.of() : Map.copyOf(rename);
  }

  /** The status this entry has for a target version: removed, deprecated, never or null. */
  public String status(PythonVersion target) {
    if (never) {
      return "never";
    }
    if (removed != null && target.atLeast(removed)) {
      return "removed";
    }
    if (deprecated != null && target.atLeast(deprecated)) {
      return "deprecated";
    }
    return null;
  }
}
