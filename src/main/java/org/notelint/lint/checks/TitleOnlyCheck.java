package org.notelint.lint.checks;

import java.util.List;
import java.util.Map;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.kinds.Template;
import org.notelint.model.Format;
import org.notelint.model.Section;

/**
 * {@code title-only-note}: a note that holds one heading and nothing else, the trace of a
 * note started and never written.
 */
public final class TitleOnlyCheck implements Check {
  @Override
  public String name() {
    return "title-only-note";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    if (doc.doc().format() == Format.UNREAD || !titleOnly(doc.doc().root())) {
      return;
    }
    Section s = doc.doc().root().children().get(0);
    sink.report(rule, s.headingSpan(), Template.fill(rule.message(),
        Map.of("title", Tree.shownTitle(s))), null);
  }

  /** True when the document is one heading with no content anywhere. */
  static boolean titleOnly(Section root) {
    List<Section> all = Tree.sections(root);
    return all.size() == 1 && !EmptySectionCheck.hasContent(root.blocks())
        && !EmptySectionCheck.hasContent(all.get(0).blocks());
  }
}
