package org.notelint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notelint.model.Mark;
import org.notelint.model.NoteDocument;
import org.notelint.model.Paragraph;

/**
 * In plain-text notes, a cheat-sheet line (a name, a gap, then a Python comment on it) reads
 * its name as code, so the guide shows it as code and prose checks leave it alone.
 */
class ReferenceLineTest {
  private static List<String> code(String text) {
    NoteDocument doc = DocumentReader.read("n.txt", text.getBytes(StandardCharsets.UTF_8));
    return doc.root().children().get(0).blocks().stream()
        .filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text())
        .flatMap(t -> t.marks().stream().filter(m -> m.kind() == Mark.Kind.CODE)
            .map(m -> t.value().substring(m.start(), m.end())))
        .toList();
  }

  @Test
  void theNameOfACheatSheetLineIsCode() {
    String notes = "FEATURES\n========\n\niter()      # https://docs.python.org/3/library/\n\n"
        + "__code__    # reflect on user-defined functions\n\n"
        + "The value  # of a variable, not a name\n\nplain words with no comment\n";
    assertThat(code(notes)).containsExactly("iter()", "__code__");
  }
}
