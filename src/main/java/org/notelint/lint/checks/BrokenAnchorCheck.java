package org.notelint.lint.checks;

import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Scope;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;
import org.notelint.lint.kinds.Template;
import org.notelint.model.Fix;
import org.notelint.model.Format;
import org.notelint.model.Raw;
import org.notelint.model.SourceSpan;

/**
 * {@code broken-anchor}: an in-page link ({@code [x](#anchor)}, {@code <a href="#anchor">})
 * whose fragment names no heading slug and no explicit anchor of the same note. When one
 * anchor is a small edit away, it is offered as the fix.
 */
public final class BrokenAnchorCheck implements Check {
  private static final Pattern HREF =
      Pattern.compile("\\bhref\\s*=\\s*\\\\?[\"']#([^\"'\\\\\\s>]*)");

  @Override
  public String name() {
    return "broken-anchor";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    if (doc.doc().format() == Format.RST) {
      return; // RST links are references to targets: rst-unknown-reference reads them.
    }
    for (Unit u : doc.units(EnumSet.of(Scope.LINK))) {
      String v = u.view();
      int at = v.indexOf('#');
      while (at >= 0) {
        boolean starts = at == 0 || Character.isWhitespace(v.charAt(at - 1))
            || v.charAt(at - 1) == '\ue000';
        int end = at + 1;
        while (end < v.length() && !Character.isWhitespace(v.charAt(end))
            && v.charAt(end) != '\ue000') {
          end++;
        }
        if (starts && end > at + 1) {
          report(rule, Anchors.of(doc), v.substring(at + 1, end), u.span(at, end), sink);
        }
        at = v.indexOf('#', end);
      }
    }
    Tree.blocks(doc.doc().root(), b -> {
      if (b instanceof Raw r && r.rawKind() == Raw.Kind.HTML) {
        Matcher m = HREF.matcher(r.text().value());
        while (m.find()) {
          if (!m.group(1).isEmpty()) {
            report(rule, Anchors.of(doc), m.group(1),
                r.text().span(m.start(1) - 1, m.end(1)), sink);
          }
        }
      }
    });
  }

  private static void report(RuleMeta rule, Anchors anchors, String fragment, SourceSpan span,
      Sink sink) {
    if (anchors.has(fragment)) {
      return;
    }
    String near = anchors.nearest(fragment);
    String hint = near == null ? "" : "; did you mean '#" + near + "'?";
    sink.report(rule, span, Template.fill(rule.message(), Map.of("target", fragment,
        "hint", hint)), near == null ? null : new Fix("link to #" + near, "#" + near));
  }
}
