package org.notelint.lint.kinds;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * A regular expression from a rule file, compiled with RE2/J (linear time, so no rule can
 * hang a run). {@code ^} and {@code $} match at line ends. A group named {@code hit} narrows
 * the reported span to that group. {@link #hits} searches only where its {@link Prefilter}
 * says a match can be.
 */
public record Regex(String source, Pattern pattern, Prefilter prefilter) {

  /** Compiles {@code source}; throws {@link com.google.re2j.PatternSyntaxException}. */
  public static Regex compile(String source) {
    Pattern p = Pattern.compile(source, Pattern.MULTILINE);
    return new Regex(source, p, Prefilter.of(p));
  }

  /** A matcher over {@code s}. */
  public Matcher matcher(CharSequence s) {
    return pattern.matcher(s);
  }

  /** True when the expression matches anywhere in {@code s}. */
  public boolean find(CharSequence s) {
    return pattern.matcher(s).find();
  }

  /** The start of the reported span of the current match. */
  private int start(Matcher m) {
    if (pattern.namedGroups().containsKey("hit") && m.group("hit") != null) {
      return m.start("hit");
    }
    return m.start();
  }

  /** The end of the reported span of the current match. */
  private int end(Matcher m) {
    if (pattern.namedGroups().containsKey("hit") && m.group("hit") != null) {
      return m.end("hit");
    }
    return m.end();
  }

  /** The matches in {@code text}, in order: the same ones a search of the whole text finds. */
  public Hits hits(Prefilter.Text text) {
    return new Hits(text.value(), prefilter.windows(text));
  }

  /** Successive matches of a {@link #hits} search; offsets are offsets in the whole text. */
  public final class Hits {
    private final String text;
    private final List<int[]> windows;
    private int window = -1;
    private Matcher m;
    private int base;

    private Hits(String text, List<int[]> windows) {
      this.text = text;
      this.windows = windows;
    }

    /** Moves to the next match; false when there is none. */
    public boolean find() {
      while (true) {
        if (m != null && m.find()) {
          return true;
        }
        if (++window >= windows.size()) {
          return false;
        }
        int[] w = windows.get(window);
        base = w[0];
        m = pattern.matcher(w[0] == 0 && w[1] == text.length()
            ? text : text.substring(w[0], w[1]));
      }
    }

    /** The start of the reported span (the {@code hit} group when it took part). */
    public int start() {
      return Regex.this.start(m) + base;
    }

    /** The end of the reported span. */
    public int end() {
      return Regex.this.end(m) + base;
    }

    /** The text of group {@code name}, or null when it did not take part. */
    public String group(String name) {
      return m.group(name);
    }

    /** The start of group {@code name} (it must have taken part). */
    public int start(String name) {
      return m.start(name) + base;
    }

    /** The end of group {@code name} (it must have taken part). */
    public int end(String name) {
      return m.end(name) + base;
    }

    /** The number of groups in the expression. */
    public int groupCount() {
      return m.groupCount();
    }

    /** The start of group {@code g} (0: the whole match), or -1 when it did not take part. */
    public int start(int g) {
      int s = m.start(g);
      return s < 0 ? s : s + base;
    }

    /** The end of group {@code g}, or -1 when it did not take part. */
    public int end(int g) {
      int e = m.end(g);
      return e < 0 ? e : e + base;
    }

    /** The expression searched. */
    public Regex regex() {
      return Regex.this;
    }
  }
}
