package org.notelint.lint.checks;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;
import org.notelint.lint.VersionFacts;
import org.notelint.lint.kinds.Sentences;

/**
 * {@code keyword-count}: "Python has 33 keywords". The count is checked against the
 * keyword table of the version the sentence names, or of the target version when it names
 * none; a count that was right for an end-of-life version is still reported, because
 * current Python has a different number.
 */
public final class KeywordCountCheck implements Check {
  private static final Pattern COUNT = Pattern.compile(
      "(?i)\\b(?<n>[1-4]\\d)\\s+(?:reserved\\s+|hard\\s+|python\\s+)?(?:key\\s?words|"
          + "reserved words)\\b");
  private static final Pattern VERSION =
      Pattern.compile("(?i)\\b(?:python|py)\\s*(?<v>[23](?:\\.\\d{1,2})?)\\b|\\b(?<w>[23]\\.\\d{1,2})\\b");

  @Override
  public String name() {
    return "keyword-count";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    VersionFacts facts = doc.settings().facts();
    PythonVersion target = doc.settings().target();
    for (Unit unit : doc.units(rule.scopes())) {
      String v = unit.statementView();
      if (!unit.lower().contains("keyword") && !unit.lower().contains("reserved word")) {
        continue;
      }
      Matcher m = COUNT.matcher(v);
      while (m.find()) {
        int n = Integer.parseInt(m.group("n"));
        String sentence = v.substring(Sentences.start(v, m.start()), Sentences.end(v, m.end()));
        if (sentence.toLowerCase(Locale.ROOT).contains("soft")) {
          continue;
        }
        Matcher vm = VERSION.matcher(sentence);
        PythonVersion stated = null;
        if (vm.find()) {
          String s = vm.group("v") != null ? vm.group("v") : vm.group("w");
          stated = PythonVersion.parse(s.equals("3") ? target.toString() : s);
        }
        PythonVersion judged = stated == null ? target : stated;
        VersionFacts.KeywordCount k = facts.keywordsOf(judged);
        VersionFacts.KeywordCount now = facts.keywordsOf(target);
        if (k == null || now == null) {
          continue;
        }
        String message;
        if (n != k.hard()) {
          message = "Python " + judged + " has " + k.hard() + " keywords, not " + n
              + softNote(k);
        } else if (stated != null && facts.isEol(stated) && now.hard() != n) {
          message = "the count of " + n + " keywords holds for Python " + stated
              + ", which is past end of life; Python " + target + " has " + now.hard()
              + " keywords" + softNote(now);
        } else {
          continue;
        }
        sink.report(rule, unit, m.start(), m.end(), message, null);
      }
    }
  }

  private static String softNote(VersionFacts.KeywordCount k) {
    return k.soft() == 0 ? "" : " plus " + k.soft() + " soft keywords (" + k.softNames() + ")";
  }
}
