package org.notelint.emit;

import java.util.EnumMap;
import java.util.Map;
import org.notelint.merge.Guide;
import org.notelint.merge.Guide.Account;
import org.notelint.merge.Guide.Correction;
import org.notelint.merge.Guide.Fate;

/**
 * The guide's part of the text report: where every content unit of the input went (kept,
 * duplicate, held back, dropped), with the counts that add up to the number of units, and
 * the corrections applied.
 */
public final class GuideReport {
  private GuideReport() {}

  /** One line: the counts of each fate, which add up to the number of units. */
  public static String summary(Guide g) {
    Map<Fate, Integer> n = counts(g);
    int units = g.accounts().size();
    return "guide: " + units + (units == 1 ? " content unit: " : " content units: ") + n.get(Fate.KEPT) + " kept, "
        + n.get(Fate.DUPLICATE) + " duplicate, " + n.get(Fate.HELD_BACK) + " held back, "
        + n.get(Fate.DROPPED) + " dropped; " + g.corrections().size()
        + (g.corrections().size() == 1 ? " correction" : " corrections");
  }

  private static Map<Fate, Integer> counts(Guide g) {
    Map<Fate, Integer> n = new EnumMap<>(Fate.class);
    for (Fate f : Fate.values()) {
      n.put(f, 0);
    }
    for (Account a : g.accounts()) {
      n.merge(a.fate(), 1, Integer::sum);
    }
    return n;
  }

  /** The accounting section: summary, then each fate's units, then the corrections. */
  public static String write(Guide g) {
    StringBuilder sb = new StringBuilder();
    sb.append(summary(g)).append('\n');
    for (Fate f : new Fate[] {Fate.HELD_BACK, Fate.DROPPED, Fate.DUPLICATE, Fate.KEPT}) {
      sb.append('\n').append(f.label()).append(":\n");
      boolean any = false;
      for (Account a : g.accounts()) {
        if (a.fate() != f) {
          continue;
        }
        any = true;
        sb.append("  ").append(a.file()).append(':').append(a.span().lineRange()).append(' ')
            .append(a.kind());
        if (f == Fate.KEPT) {
          sb.append(" -> ").append(a.topic()).append(' ').append(a.detail());
        } else {
          sb.append(": ").append(a.detail());
        }
        if (f != Fate.KEPT && !a.excerpt().isEmpty()) {
          sb.append(" | ").append(a.excerpt());
        }
        sb.append('\n');
      }
      if (!any) {
        sb.append("  (none)\n");
      }
    }
    sb.append("\ncorrected:\n");
    for (Correction c : g.corrections()) {
      sb.append("  ").append(c.file()).append(':').append(c.span().startLine()).append(':')
          .append(c.span().startColumn()).append(' ').append(c.ruleId()).append(": '")
          .append(c.before()).append("' -> '").append(c.after()).append("'\n");
    }
    if (g.corrections().isEmpty()) {
      sb.append("  (none)\n");
    }
    return sb.toString();
  }
}
