package org.notelint.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.notelint.model.Block;
import org.notelint.model.Section;
import org.notelint.model.SourceSpan;
import org.notelint.model.Text;

/**
 * Collects headings and blocks in document order and builds the section tree: a heading
 * of level n closes every open section of level n or deeper.
 */
final class Outline {
  private static final class Open {
    final Text title;
    final int level;
    final SourceSpan headingSpan;
    final List<String> anchors = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    final List<Section> children = new ArrayList<>();

    Open(Text title, int level, SourceSpan headingSpan, List<String> anchors) {
      this.title = title;
      this.level = level;
      this.headingSpan = headingSpan;
      this.anchors.addAll(anchors);
    }

    Section close() {
      SourceSpan span = headingSpan;
      for (Block b : blocks) {
        span = span == null ? b.span() : span.union(b.span());
      }
      for (Section s : children) {
        span = span == null ? s.span() : span.union(s.span());
      }
      if (span == null) {
        span = SourceSpan.lines(1, 1);
      }
      return new Section(title, level, headingSpan == null ? span : headingSpan, span, anchors,
          blocks, children);
    }
  }

  private final Deque<Open> stack = new ArrayDeque<>();

  Outline() {
    stack.push(new Open(Text.empty(1, 1, -1), 0, null, List.of()));
  }

  /** Opens a section for a heading of {@code level} (1 or deeper). */
  void heading(Text title, int level, SourceSpan span, List<String> anchors) {
    int lvl = Math.max(1, level);
    while (stack.peek().level >= lvl) {
      Section done = stack.pop().close();
      stack.peek().children.add(done);
    }
    stack.push(new Open(title, lvl, span, anchors));
  }

  /** Adds a block to the innermost open section. */
  void block(Block b) {
    stack.peek().blocks.add(b);
  }

  /** Records an explicit anchor ({@code <a id="x">}) on the innermost open section. */
  void anchor(String id) {
    stack.peek().anchors.add(id);
  }

  /** Closes every section and returns the root. */
  Section build() {
    while (stack.size() > 1) {
      Section done = stack.pop().close();
      stack.peek().children.add(done);
    }
    return stack.peek().close();
  }
}
