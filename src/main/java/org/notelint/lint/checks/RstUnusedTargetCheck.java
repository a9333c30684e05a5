package org.notelint.lint.checks;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.kinds.Template;
import org.notelint.model.Format;

/**
 * {@code rst-unused-target}: a footnote, citation, external hyperlink target
 * ({@code .. _name: https://...}) or substitution defined in a reStructuredText note and
 * referenced nowhere in it. Internal targets (a label before a section, for Sphinx's
 * {@code :ref:} from other pages) are not reported.
 */
public final class RstUnusedTargetCheck implements Check {
  @Override
  public String name() {
    return "rst-unused-target";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    if (doc.doc().format() != Format.RST) {
      return;
    }
    RstReferences r = RstReferences.of(doc);
    Set<String> used = new HashSet<>();
    for (RstReferences.Ref ref : r.references) {
      used.add(ref.kind() + ":" + ref.name());
    }
    for (var byKind : r.targets.values()) {
      for (RstReferences.Ref t : byKind.values()) {
        if (t.external() && t.span() != null && !used.contains(t.kind() + ":" + t.name())) {
          String what = switch (t.kind()) {
            case LINK -> "hyperlink target";
            case FOOTNOTE -> "footnote";
            case SUBSTITUTION -> "substitution";
          };
          sink.report(rule, t.span(), Template.fill(rule.message(), Map.of("name", t.shown(),
              "what", what)), null);
        }
      }
    }
  }
}
