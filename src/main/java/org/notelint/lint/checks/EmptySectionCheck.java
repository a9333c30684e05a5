package org.notelint.lint.checks;

import java.util.List;
import java.util.Map;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.kinds.Template;
import org.notelint.model.Block;
import org.notelint.model.Raw;
import org.notelint.model.Section;

/**
 * {@code empty-section}: a heading followed directly by a heading of the same or a higher
 * level, or by the end of the file. A heading followed by its own sub-headings is an outline,
 * not an empty section. Horizontal rules and comments are not content. A note that is a
 * title and nothing else is left to {@code title-only-note}.
 */
public final class EmptySectionCheck implements Check {
  @Override
  public String name() {
    return "empty-section";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    List<Section> all = Tree.sections(doc.doc().root());
    if (TitleOnlyCheck.titleOnly(doc.doc().root())) {
      return;
    }
    for (Section s : all) {
      if (s.children().isEmpty() && !hasContent(s.blocks())) {
        sink.report(rule, s.headingSpan(), Template.fill(rule.message(),
            Map.of("title", Tree.shownTitle(s))), null);
      }
    }
  }

  /** True when any block is more than a rule, a comment or metadata. */
  static boolean hasContent(List<Block> blocks) {
    for (Block b : blocks) {
      if (!(b instanceof Raw r) || r.rawKind() != Raw.Kind.RULE && r.rawKind() != Raw.Kind.COMMENT
          && r.rawKind() != Raw.Kind.METADATA) {
        return true;
      }
    }
    return false;
  }
}
