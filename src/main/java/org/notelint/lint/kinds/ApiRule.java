package org.notelint.lint.kinds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.notelint.lint.Bindings;
import org.notelint.lint.DocContext;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Scope;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;
import org.notelint.lint.python.PyToken;
import org.notelint.lint.python.PyToken.Type;
import org.notelint.model.Fix;

/**
 * Kind {@code api}: the rows of an API table whose status for the target Python version is
 * {@code status} (removed, deprecated or never), found in code by dotted name (imports and
 * aliases resolved: {@code from imp import reload} and {@code import imp as i; i.reload}
 * both name {@code imp}), in inline code, and as dotted names in prose
 * ({@code asyncio.run_until_complete()}). A sentence that says the API is gone
 * ({@code unless}: "removed", "deprecated"...) is a correct statement and stays quiet.
 */
public record ApiRule(RuleMeta meta, String status, List<ApiEntry> entries,
    List<Regex> unless) implements DataRule {

  /** A dotted name found in code: its parts, their offsets, whether it is called. */
  private record Chain(List<String> parts, int[] starts, int[] ends, int afterIndex) {}

  /** The rows live for a target version, by dotted name and by method name. */
  private record Index(Map<String, ApiEntry> dotted, Map<String, List<ApiEntry>> attrs) {}

  private record IndexKey(ApiRule rule, PythonVersion target) {}

  /** Built once per rule and target version, not once per document. */
  private static final Map<IndexKey, Index> INDEXES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Index index(PythonVersion target) {
    Map<String, ApiEntry> dotted = new HashMap<>();
    Map<String, List<ApiEntry>> attrs = new HashMap<>();
    for (ApiEntry e : entries) {
      if (!status.equals(e.status(target))) {
        continue;
      }
      for (String n : e.names()) {
        if (n.startsWith(".")) {
          attrs.computeIfAbsent(n.substring(1), k -> new ArrayList<>()).add(e);
        } else {
          dotted.put(n, e);
        }
      }
    }
    return new Index(Map.copyOf(dotted), Map.copyOf(attrs));
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public void check(DocContext doc, Sink sink) {
    if (DataRule.off(meta.category(), doc.settings())) {
      return;
    }
    PythonVersion target = doc.settings().target();
    Index index = INDEXES.computeIfAbsent(new IndexKey(this, target), k -> index(target));
    Map<String, ApiEntry> dotted = index.dotted();
    Map<String, List<ApiEntry>> attrs = index.attrs();
    if (dotted.isEmpty() && attrs.isEmpty()) {
      return;
    }
    for (Unit unit : doc.units(meta.scopes())) {
      if (DataRule.skips(meta.category(), unit)) {
        continue;
      }
      if (unit.scope() == Scope.CODE || unit.scope() == Scope.INLINE_CODE) {
        Bindings b = unit.scope() == Scope.CODE ? doc.bindings() : null;
        code(unit, b, dotted, attrs, target, sink);
      } else {
        prose(unit, dotted, target, sink);
      }
    }
  }

  /** A dotted name in code, with the import statement it sits in (if any). */
  private record Occurrence(Chain chain, boolean inImport, String fromModule, int fromStart) {}

  /** The dotted names of a code unit, found once and shared by every API rule. */
  private static List<Occurrence> occurrences(Unit unit) {
    return unit.memo("api.occurrences", () -> {
      String v = unit.view();
      List<PyToken> t = unit.tokens();
      List<Occurrence> out = new ArrayList<>();
      String fromModule = null;
      int fromStart = -1;
      boolean inImport = false;
      for (int k = 0; k < t.size(); k++) {
        PyToken tok = t.get(k);
        if (tok.type() == Type.NEWLINE || tok.isOp(v, ";")) {
          inImport = false;
          fromModule = null;
          continue;
        }
        if (tok.type() != Type.NAME) {
          continue;
        }
        String word = tok.text(v);
        if (word.equals("import")) {
          inImport = true;
          continue;
        }
        if (word.equals("from") && (k == 0 || t.get(k - 1).type() == Type.NEWLINE)) {
          Chain c = chain(v, t, k + 1);
          if (c != null) {
            fromModule = String.join(".", c.parts());
            fromStart = k + 1;
            k = c.afterIndex() - 1;
          }
          continue;
        }
        if (k > 0 && t.get(k - 1).isOp(v, ".") || word.equals("as")) {
          continue;
        }
        boolean alias = inImport && k > 0 && t.get(k - 1).type() == Type.NAME
            && t.get(k - 1).text(v).equals("as");
        Chain c = chain(v, t, k);
        k = c.afterIndex() - 1;
        if (!alias) {
          out.add(new Occurrence(c, inImport, fromModule, fromStart));
        }
      }
      return out;
    });
  }

  private void code(Unit unit, Bindings bindings, Map<String, ApiEntry> dotted,
      Map<String, List<ApiEntry>> attrs, PythonVersion target, Sink sink) {
    String v = unit.view();
    List<PyToken> t = unit.tokens();
    java.util.Set<Integer> reportedFrom = new java.util.HashSet<>();
    for (Occurrence o : occurrences(unit)) {
      Chain c = o.chain();
      boolean inImport = o.inImport();
      String fromModule = o.fromModule();
      List<String> path;
      int offset = 0;
      if (fromModule != null && inImport) {
        path = new ArrayList<>(List.of(fromModule.split("\\.")));
        offset = path.size();
        path.addAll(c.parts());
      } else if (inImport) {
        path = c.parts();
      } else {
        path = resolve(c.parts(), bindings);
        if (path == null) {
          attributes(unit, c, attrs, v, t, target, sink);
          continue;
        }
        offset = path.size() - c.parts().size();
      }
      boolean single = inImport || bindings != null && bindings.imported(c.parts().get(0)) != null;
      int n = longestEntry(path, dotted, single);
      if (n > 0) {
        ApiEntry e = dotted.get(String.join(".", path.subList(0, n)));
        boolean called = n == path.size() && c.afterIndex() < t.size()
            && t.get(c.afterIndex()).isOp(v, "(");
        if (e.keyword() != null && !(called && hasKeyword(v, t, c.afterIndex(), e.keyword()))) {
          continue;
        }
        int last = n - 1 - offset;
        if (last < 0 && !(inImport && fromModule != null)) {
          // A name imported from a flagged module: its import line is already reported.
          continue;
        }
        if (last < 0) {
          // The entry is the module of a from-import: report the module name once.
          if (reportedFrom.add(o.fromStart())) {
            PyToken m = t.get(o.fromStart());
            int end = fromStartEnd(v, t, o.fromStart());
            report(unit, m.start(), end, String.join(".", path.subList(0, n)), e, called,
                target, sink);
          }
          continue;
        }
        report(unit, c.starts()[0], c.ends()[last], String.join(".", path.subList(0, n)),
            e, called, target, sink);
        continue;
      }
      attributes(unit, c, attrs, v, t, target, sink);
    }
  }

  private static int fromStartEnd(String v, List<PyToken> t, int k) {
    int end = t.get(k).end();
    int j = k + 1;
    while (j + 1 < t.size() && t.get(j).isOp(v, ".") && t.get(j + 1).type() == Type.NAME) {
      end = t.get(j + 1).end();
      j += 2;
    }
    return end;
  }

  private void attributes(Unit unit, Chain c, Map<String, List<ApiEntry>> attrs, String v,
      List<PyToken> t, PythonVersion target, Sink sink) {
    if (attrs.isEmpty()) {
      return;
    }
    for (int i = 1; i < c.parts().size(); i++) {
      List<ApiEntry> es = attrs.get(c.parts().get(i));
      if (es == null) {
        continue;
      }
      boolean called = i == c.parts().size() - 1 && c.afterIndex() < t.size()
          && t.get(c.afterIndex()).isOp(v, "(");
      for (ApiEntry e : es) {
        if (e.receiver() != null && !e.receiver().find(c.parts().get(i - 1))) {
          continue;
        }
        if (e.keyword() != null && !(called && hasKeyword(v, t, c.afterIndex(), e.keyword()))) {
          continue;
        }
        report(unit, c.starts()[i] - 1, c.ends()[i], "." + c.parts().get(i), e, called, target,
            sink);
        break;
      }
    }
  }

  /** Dotted names in prose ({@code asyncio.run_until_complete()}): start, end pairs. */
  private static int[] proseNames(Unit unit) {
    return unit.memo("api.prose", () -> {
      String v = unit.view();
      List<Integer> out = new ArrayList<>();
      int covered = 0;
      for (int i = v.indexOf('.'); i >= 0; i = v.indexOf('.', i + 1)) {
        if (i < covered || i == 0 || i + 1 >= v.length() || !isPart(v.charAt(i - 1))
            || !isStart(v.charAt(i + 1))) {
          continue;
        }
        int s = i;
        while (s > 0 && isPart(v.charAt(s - 1))) {
          s--;
        }
        if (!isStart(v.charAt(s))) {
          continue;
        }
        int e = i + 1;
        while (e < v.length() && (isPart(v.charAt(e)) || v.charAt(e) == '.' && e + 1 < v.length()
            && isStart(v.charAt(e + 1)))) {
          e++;
        }
        if (v.startsWith("()", e)) {
          e += 2;
        }
        out.add(s);
        out.add(e);
        covered = e;
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    });
  }

  private static boolean isStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  private static boolean isPart(char c) {
    return isStart(c) || c >= '0' && c <= '9';
  }

  private void prose(Unit unit, Map<String, ApiEntry> dotted, PythonVersion target, Sink sink) {
    String v = unit.view();
    int[] names = proseNames(unit);
    for (int k = 0; k < names.length; k += 2) {
      String found = v.substring(names[k], names[k + 1]);
      boolean called = found.endsWith("()");
      String name = called ? found.substring(0, found.length() - 2) : found;
      List<String> parts = List.of(name.split("\\."));
      int n = longestEntry(parts, dotted, false);
      if (n < 2) {
        continue;
      }
      ApiEntry e = dotted.get(String.join(".", parts.subList(0, n)));
      if (e.keyword() != null) {
        continue;
      }
      int end = names[k] + String.join(".", parts.subList(0, n)).length();
      report(unit, names[k], end, String.join(".", parts.subList(0, n)), e,
          called && n == parts.size(), target, sink);
    }
  }

  private void report(Unit unit, int start, int end, String name, ApiEntry e, boolean called,
      PythonVersion target, Sink sink) {
    String around = DataRule.around(unit, start, end);
    if (!DataRule.judged(unless, List.of(), around, unit)) {
      return;
    }
    Map<String, String> vars = new HashMap<>();
    vars.put("name", name + (called ? "()" : ""));
    vars.put("removed", e.removed() == null ? "" : e.removed().toString());
    vars.put("deprecated", e.deprecated() == null ? "" : e.deprecated().toString());
    vars.put("until", e.planned() == null || !target.atLeast(e.deprecated() == null
        ? e.planned() : e.deprecated()) ? "" : " and planned for removal in " + e.planned());
    vars.put("use", e.use());
    vars.put("target", target.toString());
    String to = e.rename().get(name.startsWith(".") ? name : name);
    Fix fix = to == null ? null : new Fix("replace with " + to, to);
    sink.report(meta, unit, start, end, Template.fill(meta.message(), vars), fix);
  }

  /** The dotted name starting at token {@code k}, or null when {@code k} is not a name. */
  private static Chain chain(String v, List<PyToken> t, int k) {
    if (k >= t.size() || t.get(k).type() != Type.NAME) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    parts.add(t.get(k).text(v));
    starts.add(t.get(k).start());
    ends.add(t.get(k).end());
    int j = k + 1;
    while (j + 1 < t.size() && t.get(j).isOp(v, ".") && t.get(j + 1).type() == Type.NAME) {
      parts.add(t.get(j + 1).text(v));
      starts.add(t.get(j + 1).start());
      ends.add(t.get(j + 1).end());
      j += 2;
    }
    return new Chain(parts, starts.stream().mapToInt(Integer::intValue).toArray(),
        ends.stream().mapToInt(Integer::intValue).toArray(), j);
  }

  /** The chain with its first name replaced by what it was imported as; null if redefined. */
  private static List<String> resolve(List<String> parts, Bindings b) {
    if (b == null) {
      return parts;
    }
    String imported = b.imported(parts.get(0));
    if (imported != null) {
      List<String> out = new ArrayList<>(List.of(imported.split("\\.")));
      out.addAll(parts.subList(1, parts.size()));
      return out;
    }
    return b.defines(parts.get(0)) ? null : parts;
  }

  /**
   * The number of leading parts of {@code path} that name the longest matching entry, or 0.
   * Single names (modules) match only when {@code single}: in imports, or as the head of a
   * dotted name the note imported (a bare {@code chunk.read()} is usually a variable).
   */
  private static int longestEntry(List<String> path, Map<String, ApiEntry> dotted,
      boolean single) {
    StringBuilder key = new StringBuilder();
    int best = 0;
    for (int i = 0; i < path.size(); i++) {
      if (i > 0) {
        key.append('.');
      }
      key.append(path.get(i));
      if (dotted.containsKey(key.toString()) && (i > 0 || single)) {
        best = i + 1;
      }
    }
    return best;
  }

  /** True when the call whose {@code (} is token {@code open} passes {@code keyword=}. */
  private static boolean hasKeyword(String v, List<PyToken> t, int open, String keyword) {
    int depth = 0;
    for (int j = open; j < t.size(); j++) {
      PyToken n = t.get(j);
      if (n.isOp(v, "(") || n.isOp(v, "[") || n.isOp(v, "{")) {
        depth++;
      } else if (n.isOp(v, ")") || n.isOp(v, "]") || n.isOp(v, "}")) {
        if (--depth == 0) {
          return false;
        }
      } else if (depth == 1 && n.type() == Type.NAME && n.text(v).equals(keyword)
          && j + 1 < t.size() && t.get(j + 1).isOp(v, "=")) {
        return true;
      }
    }
    return false;
  }
}
