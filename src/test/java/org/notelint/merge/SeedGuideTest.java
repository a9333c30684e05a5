package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.notelint.dedupe.Cluster;
import org.notelint.emit.GuideMarkdown;
import org.notelint.emit.GuideReport;
import org.notelint.merge.Guide.Account;
import org.notelint.merge.Guide.Fate;
import org.notelint.model.Block;
import org.notelint.model.NoteDocument;
import org.notelint.model.Section;
import org.notelint.model.SourceSpan;
import org.notelint.testing.Snapshots;

/** The guide built from the five seeds (grammar off): topics, provenance, accounting. */
class SeedGuideTest {
  static GuideTestSupport.Built built;
  static String markdown;

  @BeforeAll
  static void build() {
    built = GuideTestSupport.build(GuideTestSupport.read(Snapshots.inputDir()));
    markdown = GuideMarkdown.write(built.guide(), "0.1.0");
  }

  /** Read end to end by hand before it was pinned; see the issue 7 closing note. */
  @Test
  void guideMatchesTheReviewedGolden() {
    Snapshots.assertMatches("guide/seeds-guide.md", markdown);
  }

  @Test
  void accountingMatchesTheReviewedGolden() {
    Snapshots.assertMatches("guide/seeds-accounting.txt", GuideReport.write(built.guide()));
  }

  @Test
  void oneGilTopicCitesAllFiveSeeds() {
    var cites = GuideTestSupport.citations(built);
    assertThat(cites.get("GIL")).containsExactly("000", "001", "002", "003", "004");
  }

  @Test
  void asyncioDecoratorsGeneratorsAndMetaclassesEachDrawOnEverySeedThatCoversThem() {
    var cites = GuideTestSupport.citations(built);
    assertThat(cites.get("asyncio")).containsExactly("000", "001", "002", "004");
    assertThat(cites.get("Decorators")).contains("002", "003", "004");
    assertThat(cites.get("Generators")).contains("001", "002", "003", "004");
    assertThat(cites.get("Metaclasses")).contains("000", "001", "002", "003");
  }

  @Test
  void noTopicTitleAppearsTwice() {
    GuideTestSupport.assertTopicsOnce(built);
    assertThat(GuideTestSupport.topicTitles(built.guide()))
        .contains("GIL", "asyncio", "Decorators", "Generators", "Metaclasses");
  }

  @Test
  void flaggedStatementsAreFixedOrHeldBack() {
    assertThat(markdown).doesNotContain("getcheckinterval", "imp.reload", "import imp",
        "t1 = (1)\n", "asyncio.run_until_complete", "33 keywords", "'foo' is 'foo'");
    assertThat(markdown).contains("t1 = (1,)");
    assertThat(built.guide().corrections()).extracting(c -> c.ruleId() + " " + c.before()
        + " -> " + c.after()).contains("MIS-001 (1) -> (1,)", "MIS-015 circle -> cycle",
        "ENC-003 â€¦ -> …", "API-001 sys.getcheckinterval -> sys.getswitchinterval",
        "MIS-011 # The interval is set to 100 instructions: -> ");
    assertThat(built.guide().accounts()).filteredOn(a -> a.fate() == Fate.HELD_BACK)
        .extracting(a -> a.detail().substring(0, 7))
        .contains("API-001", "MIS-003", "MIS-007", "PY2-034");
  }

  /** Every block of every note is accounted for exactly once, and the counts add up. */
  @Test
  void everyContentUnitIsAccountedForOnce() {
    assertAccounted(built);
  }

  static void assertAccounted(GuideTestSupport.Built b) {
    List<String> blocks = new ArrayList<>();
    for (NoteDocument d : b.docs()) {
      walk(d, d.root(), blocks);
    }
    List<String> accounted = new ArrayList<>();
    Map<Fate, Integer> counts = new HashMap<>();
    for (Account a : b.guide().accounts()) {
      accounted.add(a.file() + ":" + a.span() + ":" + a.kind());
      counts.merge(a.fate(), 1, Integer::sum);
      assertThat(a.detail()).as("reason for %s", a).isNotBlank();
    }
    assertThat(accounted).containsExactlyInAnyOrderElementsOf(blocks);
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(blocks.size());
  }

  private static void walk(NoteDocument d, Section s, List<String> out) {
    for (Block b : s.blocks()) {
      walkBlock(d, b, out);
    }
    for (Section c : s.children()) {
      walk(d, c, out);
    }
  }

  private static void walkBlock(NoteDocument d, Block b, List<String> out) {
    out.add(d.path() + ":" + b.span() + ":" + b.kind());
    for (Block c : b.children()) {
      walkBlock(d, c, out);
    }
  }

  /** Cell markers of a notebook export: the reader's structure, not the note's words. */
  private static final java.util.regex.Pattern PROMPT =
      java.util.regex.Pattern.compile("\\s*(In|Out)\\s*\\[[\\w ]*\\]:\\s*");

  /** No line of a seed is lost: each non-blank line is a heading or inside an accounted unit. */
  @Test
  void everyNonBlankLineIsAHeadingOrInsideAnAccountedUnit() {
    for (NoteDocument d : built.docs()) {
      Set<Integer> covered = new TreeSet<>();
      for (Account a : built.guide().accounts()) {
        if (a.file().equals(d.path())) {
          for (int l = a.span().startLine(); l <= a.span().endLine(); l++) {
            covered.add(l);
          }
        }
      }
      headings(d.root(), covered);
      String[] lines = d.source().split("\n", -1);
      List<Integer> lost = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank() && !covered.contains(i + 1)
            && !PROMPT.matcher(lines[i]).matches()) {
          lost.add(i + 1);
        }
      }
      assertThat(lost).as("lines of %s in no unit and no heading", d.path()).isEmpty();
    }
  }

  private static void headings(Section s, Set<Integer> covered) {
    if (!s.isRoot()) {
      SourceSpan h = s.headingSpan();
      for (int l = h.startLine(); l <= h.endLine(); l++) {
        covered.add(l);
      }
    }
    for (Section c : s.children()) {
      headings(c, covered);
    }
  }

  /** Read back, the guide gives the same topics and no duplicate it did not already keep. */
  @Test
  void buildingFromTheGuideIsIdempotent() throws Exception {
    var tmp = Files.createTempDirectory("guide");
    try {
      Files.writeString(tmp.resolve("guide.md"), markdown);
      var again = GuideTestSupport.build(GuideTestSupport.read(tmp));
      String second = GuideMarkdown.write(again.guide(), "0.1.0");
      assertThat(GuideTestSupport.headings(second))
          .containsExactlyElementsOf(GuideTestSupport.headings(markdown));
      // The banner, its legend of short names and each topic's source list are notelint's
      // own, not notes: none of them is kept.
      assertThat(again.guide().accounts()).filteredOn(a -> a.fate() == Guide.Fate.KEPT)
          .noneMatch(a -> a.excerpt().startsWith("Sources") || a.excerpt().startsWith(
              Merger.BANNER));
      int keptBefore = 0;
      for (Cluster c : built.run().duplicates().clusters()) {
        if (c.kind() == Cluster.Kind.NEAR || c.kind() == Cluster.Kind.CODE) {
          keptBefore++;
        }
      }
      assertThat(again.run().duplicates().clusters()).allMatch(c ->
          c.kind() == Cluster.Kind.NEAR || c.kind() == Cluster.Kind.CODE);
      assertThat(again.run().duplicates().clusters().size()).isLessThanOrEqualTo(keptBefore);
    } finally {
      try (var s = Files.walk(tmp)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
