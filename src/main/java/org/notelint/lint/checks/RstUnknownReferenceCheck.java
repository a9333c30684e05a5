package org.notelint.lint.checks;

import java.util.Map;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.kinds.Template;
import org.notelint.model.Format;

/**
 * {@code rst-unknown-reference}: a reStructuredText reference ({@code `x`_}, {@code x_},
 * {@code [1]_}, {@code |sub|}) with no target, footnote or substitution of that name in the
 * note. Docutils reports these as errors and renders the reference as a broken link.
 */
public final class RstUnknownReferenceCheck implements Check {
  @Override
  public String name() {
    return "rst-unknown-reference";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    if (doc.doc().format() != Format.RST) {
      return;
    }
    RstReferences r = RstReferences.of(doc);
    for (RstReferences.Ref ref : r.references) {
      if (!r.targets.get(ref.kind()).containsKey(ref.name())) {
        String what = switch (ref.kind()) {
          case LINK -> "target";
          case FOOTNOTE -> "footnote or citation";
          case SUBSTITUTION -> "substitution definition";
        };
        sink.report(rule, ref.span(), Template.fill(rule.message(), Map.of("name", ref.shown(),
            "what", what)), null);
      }
    }
  }
}
