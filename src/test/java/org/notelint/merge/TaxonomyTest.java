package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notelint.lint.RuleFileException;

/** The topic taxonomy: what ships, how names match, and strict loading of user files. */
class TaxonomyTest {
  @TempDir
  Path dir;

  private final Taxonomy shipped = GuideTestSupport.taxonomy();

  @Test
  void shipsAtLeastSixtyTopicsWithUniqueTitlesAndAMiscellaneousTopic() {
    assertThat(shipped.topics()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(shipped.topics()).extracting(Topic::title).doesNotHaveDuplicates();
    assertThat(shipped.get(Taxonomy.MISC).title()).isEqualTo("Miscellaneous");
    assertThat(shipped.depth(shipped.get("tuples"))).isEqualTo(2);
  }

  @Test
  void headingsMatchAfterCaseMarkupPunctuationAndPlurals() {
    assertThat(shipped.named("Decorators:").id()).isEqualTo("decorators");
    assertThat(shipped.named("`decorator`").id()).isEqualTo("decorators");
    assertThat(shipped.named("Global Interpreter Lock").id()).isEqualTo("gil");
    assertThat(shipped.named("AsyncIO").id()).isEqualTo("asyncio");
    assertThat(shipped.named("Asynchrony").id()).isEqualTo("asyncio");
    assertThat(shipped.named("Multithreading").id()).isEqualTo("threading");
    assertThat(shipped.named("Copy in Python").id()).isEqualTo("copying");
    assertThat(shipped.named("string format(), f-string").id()).isEqualTo("string-formatting");
    assertThat(shipped.named("MEMORY LEAKS").id()).isEqualTo("memory-leaks");
    assertThat(shipped.named("Dictionaries").id()).isEqualTo("dicts");
    assertThat(shipped.named("Python Interview Preparing Quick Guide")).isNull();
    assertThat(shipped.isGeneric("Python Notes")).isTrue();
    assertThat(shipped.isGeneric("FEATURES")).isTrue();
    assertThat(shipped.isGeneric("Python:")).isTrue();
    assertThat(shipped.isGeneric("Generators")).isFalse();
  }

  @Test
  void anAmbiguousWordNamesItsTopicOnlyAsTheWholeHeading() {
    assertThat(shipped.named("Open").id()).isEqualTo("files");
    assertThat(shipped.named("Open points")).isNull();
    assertThat(shipped.named("Time").id()).isEqualTo("datetime");
    assertThat(shipped.named("Time complexity")).isNull();
    assertThat(shipped.named("Working with files").id()).isEqualTo("files");
    // in running text an ambiguous word is no name (3 points); "open" is still a keyword (1)
    assertThat(shipped.score("one time investment, then open the door"))
        .doesNotContainKey(shipped.get("datetime")).containsEntry(shipped.get("files"), 1);
    // "an unordered collection" is about sets, not the collections module; "membership
    // testing" is not about Testing
    assertThat(shipped.named("Collections").id()).isEqualTo("collections");
    assertThat(shipped.score("Set is unordered collection, used for membership testing"))
        .containsEntry(shipped.get("sets"), 4).containsEntry(shipped.get("collections"), 1)
        .containsEntry(shipped.get("testing"), 1);
  }

  @Test
  void aContractionIsOneWordAndAPossessiveIsItsNoun() {
    assertThat(Taxonomy.normalize("Deep down, we're all the same")).isEqualTo(
        "deep down we're all the same");
    // "we're" and "you’re" used to leave "re", a name of Regular expressions
    assertThat(shipped.score("Deep down, we're all the same; you\u2019re right")).isEmpty();
    assertThat(Taxonomy.normalize("The GIL's cost, Python\u2019s threads"))
        .isEqualTo("the gil cost python thread");
  }

  @Test
  void anRstRoleIsMarkupNotAWordOfTheHeading() {
    assertThat(Taxonomy.normalize(":keyword:`if` Statements")).isEqualTo("if statement");
    assertThat(Taxonomy.normalize("The :py:func:`len` builtin")).isEqualTo("the len builtin");
    // the role's name "keyword" would otherwise name Syntax and keywords
    assertThat(shipped.named(":keyword:`!break` and :keyword:`!continue` Statements")).isNull();
  }

  @Test
  void aNameWithoutItsFillerWordIsNoNameWhenALoneWordIsLeft() {
    assertThat(shipped.named("The with statement").id()).isEqualTo("context-managers");
    // "with statement" less its filler "with" is "statement", which names nothing
    assertThat(shipped.named("for statement")).isNull();
    assertThat(shipped.named("`for` Statements")).isNull();
    // a name whose filler-less form is still a name keeps matching ("Python keywords")
    assertThat(shipped.named("Python keywords").id()).isEqualTo("syntax");
  }

  @Test
  void aHeadingNamesEveryTopicOfItsLongestNamesOnce() {
    assertThat(shipped.namesIn("The matplotlib object-oriented API")).extracting(Topic::id)
        .containsExactly("object-model", "data-science");
    // "string format" and "f string" hold "string": Strings is not named as well
    assertThat(shipped.namesIn("string format(), f-string")).extracting(Topic::id)
        .containsExactly("string-formatting");
  }

  @Test
  void aMethodReachedThroughANameCountsAsItsKeyword() {
    // "s.isalnum" is str's isalnum, "a.intersection" set's intersection: one point each
    assertThat(shipped.score("s.isalnum() and a.intersection(b)"))
        .containsEntry(shipped.get("strings"), 1).containsEntry(shipped.get("sets"), 1);
    // a dotted keyword counts once as a whole, not again for its last part
    assertThat(shipped.score("re.split(p, s)")).containsEntry(shipped.get("regex"), 1)
        .doesNotContainKey(shipped.get("strings"));
    // the name before the dot is the writer's: "path.stuff" scores nothing for "path"
    assertThat(shipped.score("list_.total")).isEmpty();
  }

  @Test
  void normalFormFoldsPluralsButKeepsDottedAndDunderNames() {
    assertThat(Taxonomy.normalize("Metaclasses & Dictionaries")).isEqualTo("metaclass dictionary");
    assertThat(Taxonomy.normalize("`__init__.py` is"))
        .isEqualTo("__init__.py is");
    assertThat(Taxonomy.normalize("this class")).isEqualTo("this class");
  }

  @Test
  void aUserFileAddsTopics() throws Exception {
    write("mine.yaml", "topics:\n  - id: pydantic-v2\n    title: Pydantic v2\n"
        + "    parent: ecosystem\n    aliases: [pydantic two]\n");
    Taxonomy t = Taxonomy.load(dir, "rules");
    assertThat(t.named("Pydantic two").id()).isEqualTo("pydantic-v2");
    assertThat(t.topics()).hasSize(shipped.topics().size() + 1);
  }

  @Test
  void badTopicFilesNameTheFileAndLine() throws Exception {
    assertError("topics:\n  - id: x\n    title: X\n    colour: red\n",
        "rules/topics/bad.yaml:4: unknown key 'colour'");
    assertError("topics:\n  - id: gil\n    title: Another GIL\n",
        "rules/topics/bad.yaml:2: topic id 'gil' is already defined at (built-in) topics/");
    assertError("topics:\n  - id: lock-x\n    title: Lock X\n    aliases: [global interpreter lock]\n",
        "rules/topics/bad.yaml:2: topic lock-x: the name 'global interpreter lock' already names topic gil");
    assertError("topics:\n  - id: orphan\n    title: Orphan\n    parent: nowhere\n",
        "rules/topics/bad.yaml:2: topic orphan: parent 'nowhere' is not a topic id");
    assertError("topics:\n  - id: deep\n    title: Deep\n    parent: tuples\n",
        "rules/topics/bad.yaml:2: topic deep is 4 levels deep; the guide has at most 3");
    assertError("topics:\n  - id: Bad_Id\n    title: B\n",
        "rules/topics/bad.yaml:2: topic id 'Bad_Id' must be kebab-case");
    assertError("topics:\n  - id: k\n    title: K\n    keywords: [yes, true]\n",
        "rules/topics/bad.yaml:4: 'keywords' must hold words, not true");
    assertError("topics: [\n", "rules/topics/bad.yaml:1: while parsing a flow node");
  }

  @Test
  void aTaxonomyWithoutMiscellaneousIsRejected() throws Exception {
    // A user file named like the shipped one replaces it.
    write("topics.yaml", "topics:\n  - id: only\n    title: Only\n");
    assertThatThrownBy(() -> Taxonomy.load(dir, "rules"))
        .isInstanceOf(RuleFileException.class)
        .hasMessage("topics: no topic has the id 'misc' (the topic for what fits nowhere else)");
  }

  private void write(String name, String text) throws Exception {
    Files.createDirectories(dir.resolve("topics"));
    Files.writeString(dir.resolve("topics").resolve(name), text);
  }

  private void assertError(String text, String start) throws Exception {
    write("bad.yaml", text);
    assertThatThrownBy(() -> Taxonomy.load(dir, "rules"))
        .isInstanceOf(RuleFileException.class)
        .hasMessageStartingWith(start);
  }
}
