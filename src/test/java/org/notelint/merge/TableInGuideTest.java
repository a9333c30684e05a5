package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.notelint.ingest.DocumentReader;
import org.notelint.model.Table;

/** A Markdown table reaches the guide with its rows and one delimiter row. */
class TableInGuideTest {
  private static final String NOTE = String.join("\n",
      "# Operators", "",
      "| Operator | Meaning | Precedence |",
      "|---|:---:|---:|",
      "| `==` | equal to | 6 |",
      "| `!=` | not equal to | 6 |", "");

  @Test
  void theDelimiterRowIsNoRowOfTheTable() {
    Table t = (Table) DocumentReader.read("o.md", NOTE.getBytes(StandardCharsets.UTF_8)).root()
        .children().get(0).blocks().get(0);
    assertThat(t.rows()).hasSize(3);
    GuideTestSupport.Built b = GuideTestSupport.buildOne("o.md", NOTE);
    assertThat(GuideTestSupport.guideFrom(b, "| Operator")).startsWith(String.join("\n",
        "| Operator | Meaning | Precedence |",
        "| --- | --- | --- |",
        "| `==` | equal to | 6 |",
        "| `!=` | not equal to | 6 |",
        "",
        "<sup>o:3</sup>", ""));
  }
}
