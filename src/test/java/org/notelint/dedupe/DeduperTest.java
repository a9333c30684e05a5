package org.notelint.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.notelint.ingest.DocumentReader;
import org.notelint.model.NoteDocument;
import org.notelint.model.Text;
import org.notelint.testing.Snapshots;

class DeduperTest {
  private static final DedupeSettings D = DedupeSettings.DEFAULTS;

  private static NoteDocument doc(String name, String text) {
    return DocumentReader.read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Cluster> clusters(NoteDocument... docs) {
    return new Deduper(D, 1).run(List.of(docs)).clusters();
  }

  /** The seed notes, read as the CLI reads them (named relative to input/). */
  private static List<NoteDocument> seeds() throws java.io.IOException {
    List<NoteDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Snapshots.inputDir())) {
      for (Path p : files.sorted().toList()) {
        docs.add(DocumentReader.read(p.getFileName().toString(), Files.readAllBytes(p)));
      }
    }
    return docs;
  }

  /** One line per cluster member: id kind file:lines similarity. */
  static String describe(List<Cluster> clusters) {
    StringBuilder sb = new StringBuilder();
    for (Cluster c : clusters) {
      sb.append(c.id()).append(' ').append(c.kind().label()).append('\n');
      for (Cluster.Member m : c.members()) {
        String t = m.unit().text().replaceAll("\\s+", " ");
        sb.append(String.format(Locale.ROOT, "  %s:%s %s %.2f %.2f %s%n",
            m.unit().file(), m.unit().span().lineRange(), m.unit().kind().label(),
            m.similarity(), m.contained(),
            t.substring(0, Math.min(60, t.length()))));
      }
    }
    return sb.toString();
  }

  /**
   * An HTML block compares on what its reader sees: its text and its images' alt text. The
   * same diagram and the same quoted paragraph in two notes are copies; markup is not.
   */
  @Test
  void htmlBlocksCompareOnWhatTheReaderSees() {
    NoteDocument a = doc("a.md", String.join("\n", "# Memory", "",
        "<p align=\"center\"><img alt=\"Shows a memory segment after the row is initialized.\" "
            + "src=\"/images/row.svg\"></p>", "",
        "<div class=\"note\">The main operations on a dictionary are storing a value with some "
            + "key and extracting it.</div>", ""));
    NoteDocument b = doc("b.md", String.join("\n", "# Memory", "",
        "<img src=\"https://example.org/row.svg\" alt=\"Shows a memory segment after the row "
            + "is initialized.\">", "",
        "The main operations on a dictionary are storing a value with some key and extracting "
            + "it.", ""));
    assertThat(describe(clusters(a, b))).isEqualTo(String.join("\n",
        "dup-935a63ef verbatim",
        "  a.md:3 paragraph 1.00 1.00 Shows a memory segment after the row is initialized.",
        "  b.md:3 paragraph 1.00 1.00 Shows a memory segment after the row is initialized.",
        "dup-09e14489 verbatim",
        "  a.md:5 paragraph 1.00 1.00 The main operations on a dictionary are storing a value with",
        "  b.md:5 paragraph 1.00 1.00 The main operations on a dictionary are storing a value with",
        ""));
  }

  /**
   * A table of contents repeats its note's headings by design: two notes' contents listing the
   * same heading, or one listing it twice, are no duplicates. The sentence they share is.
   */
  @Test
  void tableOfContentsEntriesAreNoContent() {
    String toc = String.join("\n",
        "# Gotchas",
        "",
        "## Contents",
        "",
        "- [Using `in` to check whether an element is present in a collection](#using-in)",
        "  - [Using `in` to check whether an element is present in a collection](#using-in-1)",
        "- [Strings can be tricky](#strings-can-be-tricky)",
        "- [When the default argument of a function is shared between its calls](#default)",
        "",
        "## Strings can be tricky",
        "",
        "Interning makes some equal strings the same object, and others not.",
        "");
    List<Cluster> found = clusters(doc("a.md", toc), doc("b.md", toc));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).members()).allMatch(m -> m.unit().text().startsWith("Interning"));
  }

  @Test
  void renamedVariablesAndLiteralsNormaliseAlike() {
    assertThat(Normalizer.code("total = la + lb  # sum\nprint(total, 'x')"))
        .isEqualTo(Normalizer.code("s = a + b\nprint(s, \"y\")"))
        .containsExactly("$", "=", "$", "+", "$", ";", "print", "(", "$", ",", "''", ")");
    // Attributes and called functions are what the code does: they are kept.
    assertThat(Normalizer.code("p.start()")).containsExactly("$", ".", "start", "(", ")");
    assertThat(Normalizer.code("p.stop()")).isNotEqualTo(Normalizer.code("p.start()"));
  }

  @Test
  void proseWordsFoldCaseQuotesAndPunctuation() {
    assertThat(Normalizer.words("The package’s __init__.py, \"really\"!"))
        .containsExactly("the", "packages", "__init__", "py", "really");
    assertThat(UnitCollector.withoutHtml("<p>a &lt;b&gt; &amp; c&#33; &#xZZ;</p>"))
        .isEqualTo("a <b> & c! &#xZZ;");
  }

  @Test
  void linksCompareAsAddresses() {
    assertThat(UnitCollector.linkKey("http://WWW.Python.org/dev/"))
        .isEqualTo(UnitCollector.linkKey("https://python.org/dev"))
        .isEqualTo("python.org/dev");
    assertThat(UnitCollector.linkKey("https://docs.python.org/3/library/functions.html#iter"))
        .isNotEqualTo(UnitCollector.linkKey("https://docs.python.org/3/library/functions.html"));
    assertThat(UnitCollector.linkKey("https://x.org/Path")).isNotEqualTo("x.org/path");
  }

  @Test
  void pythonCodeIsCutAtTopLevelDefinitions() {
    Text t = Text.ofLines(String.join("\n",
        "import os",                       // 0
        "",
        "# a comment above",               // 2
        "@decorator",                      // 3
        "def f(x):",                       // 4
        "    return (x +",                 // 5
        "1)",                              // 6: inside brackets, not top level
        "",
        "y = f(2)",                        // 8: statements after a def are their own piece
        "z = '''",                         // 9
        "def not_a_def():",                // 10: inside a string
        "'''",                             // 11
        "class C:",                        // 12
        "    pass",
        "else_branch = 1"), 1, -1);        // 14
    assertThat(UnitCollector.groups(t)).extracting(g -> g[0] + "-" + g[1])
        .containsExactly("0-0", "2-6", "8-11", "12-13", "14-14");
  }

  @Test
  void aParagraphInsideALongerOneIsFoundByContainment() {
    String p = "Lists are mutable, so a function that changes a list argument changes the "
        + "caller's list too.";
    List<Cluster> cs = clusters(doc("a.md", p + "\n"),
        doc("b.md", "Remember this one. " + p + " Copy the list first when that is not wanted "
            + "and you will be fine in every case that matters here.\n"));
    assertThat(cs).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Cluster.Kind.NEAR);
      assertThat(c.members()).extracting(m -> m.unit().file()).containsExactly("a.md", "b.md");
      assertThat(c.members().get(1).contained()).isEqualTo(1.0);
      // Jaccard alone would not have joined them.
      assertThat(c.members().get(1).similarity()).isLessThan(D.jaccard());
    });
  }

  @Test
  void distinctFactsInTheSameWordsAreNotDuplicates() {
    assertThat(clusters(doc("n.md",
        "- When a module is imported, Python runs all of the code in the module file\n"
            + "- When a package is imported, Python runs all of the code in the package’s "
            + "__init__.py file\n"))).isEmpty();
  }

  @Test
  void twoSidesOfAComparisonAreNotCopies() {
    String loop = "result = []\nfor item in items:\n    if item.ok:\n        result.append(item.value%s)\nprint(result)\n";
    String dont = "Don't:\n\n```python\n" + loop.formatted("") + "```\n\n";
    String doIt = "Do:\n\n```python\n" + loop.formatted(" * 2") + "```\n";
    assertThat(clusters(doc("a.md", dont + doIt))).isEmpty();
    // The same two pieces without the labels are reported.
    assertThat(clusters(doc("a.md", dont.replace("Don't:", "First version:")
        + doIt.replace("Do:", "Second version:")))).singleElement()
        .extracting(Cluster::kind).isEqualTo(Cluster.Kind.CODE);
  }

  @Test
  void clustersDoNotDependOnFileOrderOrThreads() throws Exception {
    List<NoteDocument> docs = seeds();
    // Extra copies so there is something to cluster in every family.
    docs.add(doc("zz-copy.md", Files.readString(Snapshots.inputDir().resolve(
        "004_76ebb79ba4e1722b.txt"))));
    String expected = describe(new Deduper(D, 1).run(docs).clusters());
    assertThat(expected).contains("zz-copy.md");
    List<NoteDocument> shuffled = new ArrayList<>(docs);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(describe(new Deduper(D, 4).run(shuffled).clusters())).isEqualTo(expected);
  }

  /**
   * The seeds' clusters, reviewed by hand: the data-model link (000:82, 001:121); the two
   * TeaPot classes (002:595, and 002:625 rewritten with {@code @property}); Point and
   * Point2D with the same {@code __slots__} and constructor (002:674, 002:691); Test2
   * repeating Test and adding {@code __getattribute__} (002:778, 002:789). Not clusters: the
   * "Don't:"/"Do:" asyncio snippets in 001 (a comparison), the module/package statements in
   * 004 (different facts), the five GIL explanations (paraphrases, not copies).
   */
  @Test
  void seedClusters() throws Exception {
    List<NoteDocument> docs = seeds();
    Snapshots.assertMatches("dedupe/seeds.txt", describe(new Deduper(D, 2).run(docs).clusters()));
  }
}
