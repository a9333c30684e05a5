package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;
import org.notelint.ingest.DocumentReader;
import org.notelint.model.Section;

/**
 * A list under a heading that names a table of contents is the note's own contents: the
 * guide drops it for its own, whatever language or punctuation the heading has. The lint
 * checks (toc-mismatch), the dedupe stage and the guide read the heading alike.
 */
class ContentsListTest {
  private static Section titled(String title) {
    return DocumentReader.read("t.md", ("## " + title + "\n\nText.\n")
        .getBytes(StandardCharsets.UTF_8)).root().children().get(0);
  }

  @Test
  void headingsThatNameATableOfContents() {
    for (String t : new String[] {"Table of Contents", "Table Of Contents:", "Contents",
        "contents:", "TOC", "Index", "Outline", "Содержание", "ОГЛАВЛЕНИЕ", "فهرست مطالب",
        "目录"}) {
      assertThat(titled(t).isContents()).as(t).isTrue();
    }
    for (String t : new String[] {"Index of a list", "Contents of a module", "Indexing",
        "Tuple contents", "Outlines of Python"}) {
      assertThat(titled(t).isContents()).as(t).isFalse();
    }
  }

  @Test
  void aContentsListUnderARussianHeadingIsDropped() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("r.md", String.join("\n",
        "# Заметки", "", "## Оглавление", "", "- Кортежи", "- Списки", "",
        "## Кортежи", "", "Кортеж нельзя изменить.", "", "## Списки", "",
        "Список можно изменить.", ""));
    assertThat(b.guide().accounts()).filteredOn(a -> a.fate() == Guide.Fate.DROPPED)
        .extracting(a -> a.span().startLine() + " " + a.detail())
        .containsExactly("5 table of contents (the guide has its own)",
            "6 table of contents (the guide has its own)");
  }
}
