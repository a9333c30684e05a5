package org.notelint.lint.kinds;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A regular expression from a rule file, compiled with RE2/J (linear time, so no rule can
 * hang a run). {@code ^} and {@code $} match at line ends. A group named {@code hit} narrows
 * the reported span to that group.
 */
public record Regex(String source, Pattern pattern) {

  /** Compiles {@code source}; throws {@link com.google.re2j.PatternSyntaxException}. */
  public static Regex compile(String source) {
    return new Regex(source, Pattern.compile(source, Pattern.MULTILINE));
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
  public int start(Matcher m) {
    if (pattern.namedGroups().containsKey("hit") && m.group("hit") != null) {
      return m.start("hit");
    }
    return m.start();
  }

  /** The end of the reported span of the current match. */
  public int end(Matcher m) {
    if (pattern.namedGroups().containsKey("hit") && m.group("hit") != null) {
      return m.end("hit");
    }
    return m.end();
  }
}
