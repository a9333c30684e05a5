package org.notelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void slicesKeepSourcePositions() {
    Text t = Text.ofLines("alpha\nbeta gamma\ndelta", 10, -1);
    Text s = t.slice(t.value().indexOf("gamma"), t.length());
    assertThat(s.position(0)).isEqualTo(new Position(11, 6));
    assertThat(s.position(s.value().indexOf("delta"))).isEqualTo(new Position(12, 1));
    assertThat(s.span()).isEqualTo(new SourceSpan(11, 6, 12, 6, -1));
  }

  @Test
  void maskingBlanksMarkedRangesButKeepsOffsets() {
    Text t = Text.ofLines("use `xrange` now", 1, -1)
        .withMarks(List.of(new Mark(4, 12, Mark.Kind.CODE)));
    assertThat(t.masked()).isEqualTo("use          now");
    assertThat(t.masked()).hasSameSizeAs(t.value());
  }

  @Test
  void mappedLinesCarryTheirOwnColumns() {
    Text t = Text.mapped(List.of("x = 1", "y = 2"), new int[] {7, 9}, new int[] {5, 3}, 2);
    assertThat(t.position(6)).isEqualTo(new Position(9, 3));
    assertThat(t.span(0, 1).cell()).isEqualTo(2);
  }

  @Test
  void plainTitleDropsMarkupHtmlAndLinkTargets() {
    Text t = Text.ofLines("[Threading](https://x.org/a):", 1, -1).withMarks(List.of(
        new Mark(0, 1, Mark.Kind.MARKUP), new Mark(10, 12, Mark.Kind.MARKUP),
        new Mark(12, 27, Mark.Kind.URL), new Mark(27, 28, Mark.Kind.MARKUP)));
    assertThat(PlainText.of(t)).isEqualTo("Threading:");
  }
}
