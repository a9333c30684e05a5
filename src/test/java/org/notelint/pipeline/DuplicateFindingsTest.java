package org.notelint.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notelint.ingest.DocumentReader;
import org.notelint.lint.Linter;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.RuleSet;
import org.notelint.lint.Rules;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;

class DuplicateFindingsTest {
  private static final String GIL = "The global interpreter lock lets only one thread run "
      + "Python bytecode at a time.";

  private static NoteDocument doc(String name, String text) {
    return DocumentReader.read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Finding> run(RuleSet rules, NoteDocument... docs) {
    return Pipeline.run(new Linter(rules, PythonVersion.parse("3.13")), List.of(docs), 2)
        .findings();
  }

  @Test
  void eachLaterCopyIsReportedWithTheOthersAsRelatedLocations() {
    List<Finding> fs = run(Rules.shipped(), doc("b.md", "# B\n\n" + GIL + "\n"),
        doc("a.md", "# A\n\nIntro.\n\n" + GIL + "\n"), doc("c.md", GIL + "\n"));
    assertThat(fs).filteredOn(f -> f.ruleId().startsWith("DUP"))
        .extracting(f -> f.file() + ":" + f.span().startLine() + " " + f.message() + " | "
            + f.related().stream().map(l -> l.file() + ":" + l.span().startLine()).toList())
        .containsExactly(
            "b.md:3 repeats a.md:5 word for word | [a.md:5, c.md:1]",
            "c.md:1 repeats a.md:5 word for word | [a.md:5, b.md:3]");
    assertThat(fs.get(0).related().get(0).message()).matches(
        "first copy \\(dup-[0-9a-f]{8}, 100% like the first\\)");
  }

  @Test
  void aLargeClusterListsTheFirstCopyAndAFewNeighboursPerFinding() {
    NoteDocument[] docs = new NoteDocument[30];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = doc(String.format("n%02d.md", i), GIL + "\n");
    }
    List<Finding> fs = run(Rules.shipped(), docs).stream()
        .filter(f -> f.ruleId().equals("DUP-001")).toList();
    assertThat(fs).hasSize(29);
    assertThat(fs).allSatisfy(f -> {
      assertThat(f.related()).hasSize(DuplicateFindings.MAX_RELATED);
      assertThat(f.related().get(0).file()).isEqualTo("n00.md");
      assertThat(f.related()).extracting(Finding.Location::file).doesNotContain(f.file())
          .doesNotHaveDuplicates();
    });
    // The copies listed are the ones around the finding's own.
    assertThat(fs.get(14).related()).extracting(Finding.Location::file)
        .containsExactly("n00.md", "n11.md", "n12.md", "n13.md", "n14.md", "n16.md", "n17.md",
            "n18.md", "n19.md", "n20.md");
  }

  @Test
  void anInlineCommentSilencesADuplicateAndCountsAsUsed() {
    List<Finding> fs = run(Rules.shipped(), doc("a.md", GIL + "\n"),
        doc("b.md", "<!-- notelint-disable-next-line verbatim-duplicate -->\n" + GIL + "\n"));
    assertThat(fs).extracting(Finding::ruleId).doesNotContain("DUP-001", "SUP-001");
  }

  @Test
  void withoutTheDuplicateRulesNothingIsCompared() {
    RuleSet none = new RuleSet(Rules.shipped().rules().stream()
        .filter(r -> !r.meta().id().startsWith("DUP")).toList(), Rules.shipped().facts());
    assertThat(run(none, doc("a.md", GIL + "\n"), doc("b.md", GIL + "\n"))).isEmpty();
  }
}
