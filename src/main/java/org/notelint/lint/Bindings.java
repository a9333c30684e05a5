package org.notelint.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notelint.lint.python.PyToken;
import org.notelint.lint.python.PyToken.Type;

/**
 * What a note's code binds: names imported (and the dotted path they stand for) and names
 * defined or assigned. A note's code blocks are cells of one program, so bindings are
 * collected across the whole document; over-collecting only makes rules quieter.
 */
public final class Bindings {
  private final Map<String, String> imports;
  private final Set<String> defined;

  private Bindings(Map<String, String> imports, Set<String> defined) {
    this.imports = imports;
    this.defined = defined;
  }

  /** The dotted path {@code name} was imported as ({@code np} → {@code numpy}), or null. */
  public String imported(String name) {
    return imports.get(name);
  }

  /** True when the note imports, defines or assigns {@code name} anywhere. */
  public boolean binds(String name) {
    return imports.containsKey(name) || defined.contains(name);
  }

  /** True when the note defines or assigns {@code name} (not counting imports). */
  public boolean defines(String name) {
    return defined.contains(name);
  }

  static Bindings of(List<Unit> code) {
    Map<String, String> imports = new HashMap<>();
    Set<String> defined = new HashSet<>();
    for (Unit u : code) {
      String v = u.view();
      List<PyToken> t = u.tokens();
      for (int k = 0; k < t.size(); k++) {
        PyToken tok = t.get(k);
        if (tok.type() != Type.NAME) {
          continue;
        }
        String word = tok.text(v);
        switch (word) {
          case "import" -> k = importNames(v, t, k, imports);
          case "def", "class" -> {
            if (k + 1 < t.size() && t.get(k + 1).type() == Type.NAME) {
              defined.add(t.get(k + 1).text(v));
            }
            if (word.equals("def")) {
              k = params(v, t, k + 2, defined);
            }
          }
          case "for", "as", "global", "nonlocal", "lambda" -> {
            for (int j = k + 1; j < t.size() && t.get(j).type() != Type.NEWLINE; j++) {
              PyToken n = t.get(j);
              if (n.type() == Type.NAME && !n.text(v).equals("in")) {
                defined.add(n.text(v));
              } else if (!n.isOp(v, ",") && !n.isOp(v, "(") && !n.isOp(v, ")")) {
                break;
              }
            }
          }
          default -> {
            if (k + 1 < t.size() && (t.get(k + 1).isOp(v, "=") || t.get(k + 1).isOp(v, ":="))
                && (k == 0 || !t.get(k - 1).isOp(v, "."))) {
              defined.add(word);
            }
          }
        }
      }
    }
    return new Bindings(imports, defined);
  }

  /** Reads the names of {@code import a.b as c, d} or {@code from m import x as y}. */
  private static int importNames(String v, List<PyToken> t, int k, Map<String, String> out) {
    String from = null;
    int start = k - 1;
    while (start >= 0 && t.get(start).type() != Type.NEWLINE && !t.get(start).isOp(v, ";")) {
      start--;
    }
    if (start + 1 < k && t.get(start + 1).text(v).equals("from")) {
      StringBuilder m = new StringBuilder();
      for (int j = start + 2; j < k; j++) {
        m.append(t.get(j).text(v));
      }
      from = m.toString();
    }
    int j = k + 1;
    while (j < t.size() && t.get(j).type() != Type.NEWLINE && !t.get(j).isOp(v, ";")) {
      PyToken n = t.get(j);
      if (n.type() != Type.NAME) {
        j++;
        continue;
      }
      StringBuilder dotted = new StringBuilder(n.text(v));
      int e = j + 1;
      while (e + 1 < t.size() && t.get(e).isOp(v, ".") && t.get(e + 1).type() == Type.NAME) {
        dotted.append('.').append(t.get(e + 1).text(v));
        e += 2;
      }
      String path = from == null ? dotted.toString() : from + "." + dotted;
      String alias = null;
      if (e + 1 < t.size() && t.get(e).type() == Type.NAME && t.get(e).text(v).equals("as")
          && t.get(e + 1).type() == Type.NAME) {
        alias = t.get(e + 1).text(v);
        e += 2;
      }
      if (alias != null) {
        out.put(alias, path);
      } else if (from != null) {
        out.put(dotted.toString(), path);
      } else {
        String first = dotted.toString().split("\\.")[0];
        out.put(first, first);
      }
      j = e;
    }
    return j - 1;
  }

  private static int params(String v, List<PyToken> t, int k, Set<String> defined) {
    if (k >= t.size() || !t.get(k).isOp(v, "(")) {
      return k - 1;
    }
    int depth = 0;
    int j = k;
    for (; j < t.size(); j++) {
      PyToken n = t.get(j);
      if (n.isOp(v, "(") || n.isOp(v, "[") || n.isOp(v, "{")) {
        depth++;
      } else if (n.isOp(v, ")") || n.isOp(v, "]") || n.isOp(v, "}")) {
        if (--depth == 0) {
          break;
        }
      } else if (depth == 1 && n.type() == Type.NAME) {
        PyToken prev = t.get(j - 1);
        if (prev.isOp(v, "(") || prev.isOp(v, ",") || prev.isOp(v, "*") || prev.isOp(v, "**")) {
          defined.add(n.text(v));
        }
      }
    }
    return j;
  }
}
