package org.notelint.lint.checks;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.kinds.Template;
import org.notelint.model.Format;
import org.notelint.model.SourceSpan;

/**
 * {@code unclosed-code-block}: a Markdown code fence (CommonMark rules: the closing fence
 * uses the same character, at least as many, and nothing else on its line) or an org-mode
 * {@code #+begin_} block that is never closed, so the rest of the file reads as code.
 */
public final class UnclosedBlockCheck implements Check {
  private static final Pattern FENCE = Pattern.compile("^[ \\t]*(`{3,}|~{3,})(.*)$");
  private static final Pattern ORG_BEGIN =
      Pattern.compile("^[ \\t]*#\\+begin_(\\w+)", Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "unclosed-code-block";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    Format f = doc.doc().format();
    String[] lines = doc.doc().source().split("\n", -1);
    if (f == Format.MARKDOWN) {
      fences(rule, lines, sink);
    } else if (f == Format.ORG) {
      org(rule, lines, sink);
    }
  }

  private static void fences(RuleMeta rule, String[] lines, Sink sink) {
    String open = null;
    int openLine = -1;
    int openCol = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = FENCE.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      String fence = m.group(1);
      if (open == null) {
        if (fence.charAt(0) == '`' && m.group(2).indexOf('`') >= 0) {
          continue; // Inline code such as ```x```, not a fence.
        }
        open = fence;
        openLine = i;
        openCol = m.start(1);
      } else if (fence.charAt(0) == open.charAt(0) && fence.length() >= open.length()
          && m.group(2).isBlank()) {
        open = null;
      }
    }
    if (open != null) {
      sink.report(rule, new SourceSpan(openLine + 1, openCol + 1, openLine + 1,
          openCol + 1 + open.length(), -1), Template.fill(rule.message(),
          java.util.Map.of("what", "code fence " + open)), null);
    }
  }

  private static void org(RuleMeta rule, String[] lines, Sink sink) {
    for (int i = 0; i < lines.length; i++) {
      Matcher m = ORG_BEGIN.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      String end = "#+end_" + m.group(1).toLowerCase(Locale.ROOT);
      int j = i + 1;
      while (j < lines.length && !lines[j].strip().toLowerCase(Locale.ROOT).startsWith(end)) {
        j++;
      }
      if (j >= lines.length) {
        int col = lines[i].indexOf('#');
        sink.report(rule, new SourceSpan(i + 1, col + 1, i + 1, m.end() + 1, -1),
            Template.fill(rule.message(), java.util.Map.of("what", "#+begin_" + m.group(1)
                + " block")), null);
        return;
      }
      i = j;
    }
  }
}
