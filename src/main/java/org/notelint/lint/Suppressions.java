package org.notelint.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.model.Category;
import org.notelint.model.Finding;
import org.notelint.model.Format;
import org.notelint.model.NoteDocument;
import org.notelint.model.RuleInfo;
import org.notelint.model.Severity;
import org.notelint.model.SourceSpan;

/**
 * Inline suppressions, the same words in every format: a line holding only
 * {@code notelint-disable-next-line [IDS]} (inside {@code <!-- -->}, after {@code .. } in
 * reStructuredText, after {@code #} in org or code, or bare in plain text) silences the next
 * non-blank line; {@code notelint-disable [IDS]} ... {@code notelint-enable [IDS]} silence a
 * range; {@code # notelint: ignore[IDS]} at the end of a code line silences that line. IDS
 * are rule ids, rule names or categories ({@code spelling}) separated by commas or spaces;
 * none means every rule. A
 * suppression that silences nothing is reported, and so is one naming an unknown rule.
 */
public final class Suppressions {
  public static final RuleInfo UNUSED = new RuleInfo("SUP-001", "unused-suppression",
      Severity.NOTE, Category.STRUCTURE, "A suppression comment that silences nothing",
      "A suppression outlives the problem it silenced once the note is fixed; left in place it "
          + "would hide the next real problem on that line. Remove it.",
      List.of());
  public static final RuleInfo UNKNOWN = new RuleInfo("SUP-002", "unknown-rule-in-suppression",
      Severity.WARNING, Category.STRUCTURE, "A suppression naming a rule that does not exist",
      "A misspelt rule id silences nothing, so the finding it was meant for still shows, or a "
          + "different one is silenced by a blanket comment. Use the ids notelint rules lists.",
      List.of());

  /** Category labels, which silence every rule of the category ({@code spelling}). */
  private static final Set<String> CATEGORIES = java.util.Arrays.stream(Category.values())
      .map(Category::label).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** The prefix of LanguageTool's rules, which its rule table knows without loading it. */
  private static final String LANGUAGETOOL = "LT:";

  private static final Pattern DIRECTIVE = Pattern.compile(
      "^\\s*(?:<!--\\s*|\\.\\.\\s+|#\\+?\\s*|//\\s*|;+\\s*|%\\s*)?notelint-(disable-next-line|"
          + "disable|enable)\\b([^>\\n]*?)\\s*(?:-->)?\\s*$");
  private static final Pattern IGNORE =
      Pattern.compile("#\\s*notelint:\\s*ignore\\b(?:\\[([^\\]]*)\\])?");

  /**
   * One suppression: where it is written, the lines it covers, the rules as written
   * ({@code named}) and as ids ({@code ids}; empty means every rule), whether it was used.
   */
  private record Directive(int line, int column, int endColumn, int from, int to,
      Set<String> named, Set<String> ids, boolean[] used) {

    Directive(int line, int column, int endColumn, int from, int to, Set<String> named,
        java.util.Map<String, String> idOf) {
      this(line, column, endColumn, from, to, named, resolve(named, idOf), new boolean[1]);
    }

    /** The same directive covering lines up to {@code last}. */
    Directive closedAt(int last) {
      return new Directive(line, column, endColumn, from, last, named, ids, used);
    }

    private static Set<String> resolve(Set<String> named, java.util.Map<String, String> idOf) {
      Set<String> ids = new HashSet<>();
      for (String n : named) {
        ids.add(idOf.getOrDefault(n, n));
      }
      return ids;
    }
  }

  private Suppressions() {}

  /**
   * {@code findings} without the suppressed ones, plus findings for suppressions that
   * silenced nothing. {@code ids} maps every rule id and name to its id.
   */
  public static List<Finding> apply(NoteDocument doc, List<Finding> findings,
      java.util.Map<String, String> ids, boolean reportUnused) {
    List<Directive> ds = directives(doc, ids);
    if (ds.isEmpty()) {
      return findings;
    }
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      boolean silenced = false;
      for (Directive d : ds) {
        int line = f.span().startLine();
        if (line >= d.from() && line <= d.to() && (d.ids().isEmpty()
            || d.ids().contains(f.ruleId()) || d.ids().contains(f.category().label()))) {
          d.used()[0] = true;
          silenced = true;
        }
      }
      if (!silenced) {
        kept.add(f);
      }
    }
    for (Directive d : ds) {
      SourceSpan at = new SourceSpan(d.line(), d.column(), d.line(), d.endColumn(), -1);
      for (String id : d.named()) {
        if (!ids.containsKey(id) && !CATEGORIES.contains(id) && !(id.startsWith(LANGUAGETOOL)
            && org.notelint.prose.LanguageToolRules.get(id).isPresent())) {
          kept.add(Finding.of(UNKNOWN, "suppression names unknown rule " + id, doc.path(), at));
        }
      }
      if (!d.used()[0] && reportUnused) {
        kept.add(Finding.of(UNUSED, d.named().isEmpty() ? "suppression silences nothing"
            : "suppression of " + String.join(", ", new java.util.TreeSet<>(d.named()))
            + " silences nothing",
            doc.path(), at));
      }
    }
    return kept;
  }

  private static List<Directive> directives(NoteDocument doc, java.util.Map<String, String> idOf) {
    String src = doc.source();
    if (src.indexOf("notelint") < 0) {
      return List.of();
    }
    String[] lines = src.split("\n", -1);
    List<Directive> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i];
      if (raw.indexOf("notelint") < 0) {
        continue;
      }
      String line = doc.format() == Format.IPYNB ? unquote(raw) : raw;
      int col = raw.indexOf("notelint") + 1;
      Matcher ig = IGNORE.matcher(line);
      if (ig.find()) {
        out.add(new Directive(i + 1, col, col + ig.group().length(), i + 1, i + 1,
            ids(ig.group(1)), idOf));
        continue;
      }
      Matcher m = DIRECTIVE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      Set<String> ids = ids(m.group(2));
      int end = col + line.strip().length();
      switch (m.group(1)) {
        case "disable-next-line" -> {
          int target = i + 1;
          while (target < lines.length && (lines[target].isBlank()
              || DIRECTIVE.matcher(lines[target]).matches())) {
            target++;
          }
          out.add(new Directive(i + 1, col, end, target + 1, target + 1, ids, idOf));
        }
        case "disable" -> out.add(new Directive(i + 1, col, end, i + 1, Integer.MAX_VALUE, ids,
            idOf));
        default -> {
          // An enable naming an unknown rule is reported like any other suppression (as a
          // directive that covers no line and so is never "unused").
          Set<String> unknown = new java.util.TreeSet<>();
          for (String id : ids) {
            if (!idOf.containsKey(id)) {
              unknown.add(id);
            }
          }
          if (!unknown.isEmpty()) {
            out.add(new Directive(i + 1, col, end, 1, 0, unknown, unknown, new boolean[] {true}));
          }
          // enable: closes the latest open range (with the same ids, or any when none given).
          for (int k = out.size() - 1; k >= 0; k--) {
            Directive d = out.get(k);
            if (d.to() == Integer.MAX_VALUE && (ids.isEmpty() || d.named().equals(ids))) {
              out.set(k, d.closedAt(i + 1));
              break;
            }
          }
        }
      }
    }
    return out;
  }

  private static String unquote(String jsonLine) {
    String s = jsonLine.strip();
    if (s.startsWith("\"")) {
      s = s.substring(1);
    }
    s = s.replaceAll("\",?$", "").replaceAll("(\\\\n)+$", "");
    return s;
  }

  private static Set<String> ids(String list) {
    Set<String> ids = new HashSet<>();
    if (list == null) {
      return ids;
    }
    for (String p : list.split("[,\\s]+")) {
      if (!p.isBlank()) {
        ids.add(p.matches("(?i)[a-z][a-z0-9]*-\\d{3}|(?i)lt:\\w+") ? p.toUpperCase(Locale.ROOT) : p);
      }
    }
    return ids;
  }
}
