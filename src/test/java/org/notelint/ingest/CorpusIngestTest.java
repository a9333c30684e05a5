package org.notelint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.notelint.model.NoteDocument;
import org.notelint.testing.Snapshots;

/** Every file of the shared real-world corpus ingests; the detected formats are pinned. */
class CorpusIngestTest {

  @Test
  void everyCorpusFileIngestsAndFormatsMatchTheReviewedTable() throws Exception {
    assumeThat(Files.isDirectory(Snapshots.corpusDir()))
        .as("../shared/corpus is not beside the project").isTrue();
    Ingestor.Result r = new Ingestor(new Ingestor.Options(16_000_000, 2, List.of()))
        .ingest(List.of(Snapshots.corpusDir()));
    assertThat(r.documents()).hasSizeGreaterThanOrEqualTo(41);
    Map<String, String> formats = new TreeMap<>();
    StringBuilder table = new StringBuilder();
    for (NoteDocument d : r.documents()) {
      formats.put(d.path(), d.format().label());
      table.append(d.format().label()).append('\t').append(d.path()).append('\n');
      assertThat(d.findings()).as(d.path())
          .allSatisfy(f -> assertThat(f.ruleId()).isIn("FMT-001"));
    }
    Snapshots.assertMatches("corpus-formats.tsv", table.toString());
  }
}
