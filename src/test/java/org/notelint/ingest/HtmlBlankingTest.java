package org.notelint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Script and style content in HTML exports is blanked before the text reader sees it. */
class HtmlBlankingTest {
  @Test
  void scriptAndStyleAreBlankedWithLineBreaksKept() {
    int[] n = new int[1];
    String out = DocumentReader.blankScriptsAndStyles(
        "a<STYLE>\nx{}\n</style>b<script src=x></script>c", n);
    assertThat(out).isEqualTo("a       \n   \n        b" + " ".repeat(23) + "c");
    assertThat(n[0]).isEqualTo(2);
  }

  @Test
  void similarTagNamesAreLeftAndAnUnclosedElementRunsToTheEnd() {
    int[] n = new int[1];
    assertThat(DocumentReader.blankScriptsAndStyles("<styleguide>text</styleguide>", n))
        .isEqualTo("<styleguide>text</styleguide>");
    assertThat(DocumentReader.blankScriptsAndStyles("ok<script>var x\nmore", n))
        .isEqualTo("ok" + " ".repeat(13) + "\n    ");
  }
}
