package org.notelint.lint.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.notelint.model.Block;
import org.notelint.model.CodeBlock;
import org.notelint.model.Section;

/** Walks a document's section tree and blocks in document order. */
final class Tree {
  private Tree() {}

  /** Every section below {@code root} (not the root itself), in document order. */
  static List<Section> sections(Section root) {
    List<Section> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Section s, List<Section> out) {
    for (Section c : s.children()) {
      out.add(c);
      collect(c, out);
    }
  }

  /** Every block of {@code root} and its sections, nested blocks included, in document order. */
  static void blocks(Section root, Consumer<Block> visit) {
    blocks(root.blocks(), visit);
    for (Section c : root.children()) {
      blocks(c, visit);
    }
  }

  static void blocks(List<Block> blocks, Consumer<Block> visit) {
    for (Block b : blocks) {
      visit.accept(b);
      blocks(b.children(), visit);
    }
  }

  /** Longest heading text quoted in a message; longer ones are cut with an ellipsis. */
  private static final int SHOWN_TITLE = 60;

  /** A heading as messages quote it: plain text, cut when long, named when empty. */
  static String shownTitle(Section s) {
    String t = s.plainTitle();
    if (t.isEmpty()) {
      return "(empty heading)";
    }
    return t.length() <= SHOWN_TITLE ? t : t.substring(0, SHOWN_TITLE - 1).stripTrailing() + "…";
  }

  /** The top-level code blocks in document order (notebook cells and their outputs). */
  static List<CodeBlock> codeBlocks(Section root) {
    List<CodeBlock> out = new ArrayList<>();
    blocks(root, b -> {
      if (b instanceof CodeBlock c) {
        out.add(c);
      }
    });
    return out;
  }
}
