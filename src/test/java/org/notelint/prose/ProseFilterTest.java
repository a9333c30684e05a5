package org.notelint.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.notelint.cli.CliOptions;
import org.notelint.ingest.DocumentReader;
import org.notelint.lint.Linter;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.RuleLoader;
import org.notelint.lint.RuleSet;
import org.notelint.model.Finding;

/**
 * What the spelling and grammar stage leaves alone in notes, each beside a control that the
 * same word or slip is reported where the reason does not hold (so a filter that stopped
 * working, or one that swallowed everything, fails here). Made-up words ("zorbulate") stand
 * for unknown ones, so no word list decides the outcome.
 */
class ProseFilterTest {
  private static GrammarChecker grammar;
  private static RuleSet rules;

  @BeforeAll
  static void setUp() throws Exception {
    ProseConfig config = ProseConfig.load(null, null);
    grammar = new GrammarChecker(config, "en-US",
        new ProseCache(GrammarChecker.fingerprint(config, "en-US")));
    rules = new RuleLoader().load(null);
  }

  private static List<Finding> lt(String markdown) {
    var doc = DocumentReader.read("n.md", markdown.getBytes(StandardCharsets.UTF_8));
    return new Linter(rules, PythonVersion.parse(CliOptions.DEFAULT_PYTHON), grammar)
        .lint(List.of(doc), 1).stream()
        .filter(f -> f.ruleId().startsWith(GrammarChecker.PREFIX)).toList();
  }

  private static List<String> flagged(String markdown) {
    return lt(markdown).stream().map(f -> f.span().startLine() + " " + f.ruleId()
        + (f.message().startsWith("possible misspelling '")
            ? " " + f.message().split("'")[1] : "")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // an abbreviation of three letters or fewer; a swap of two letters is still a typo
      "Returns the nb of bytes written by the fct.|Returns the number of bytes written by the"
          + " zorbulate.",
      // a command-line option
      "Run it with -Qzorbulate or --zorbulate to see.|Run it with zorbulate to see.",
      // a word holding an operator
      "The value of x**zorbulate is large.|The value of zorbulate is large.",
      // a word alone in quotes is mentioned, not used
      "It is a \"zorbulate\" clause, shown as <type 'zorbulate'>.|It is a zorbulate clause.",
      // part of a person's name: after initials, or given names after \"by\" or \"Author:\"
      "Written by Guido Van Zorbulon, A.M. Zorbulon and (Author: Ken Zorbulon).|The Zorbulon"
          + " module is fine.",
      "Seen in [the post](https://example.org/p) [via Zorbo Zorbulon](https://example.org)."
          + "|The Zorbulon module is fine.",
      // a term from cspell's software and Python dictionaries
      "Print the backtrace and start the webserver.|Print the zorbulate and start it.",
  })
  void leftAloneWhereTheControlIsReported(String quiet, String control) {
    assertThat(flagged(quiet)).isEmpty();
    assertThat(flagged(control)).hasSize(1).allMatch(f -> f.contains("MORFOLOGIK"));
  }

  @Test
  void aShortTypoWhoseFixSwapsTwoLettersIsReported() {
    List<Finding> found = lt("We read teh file.\n");
    assertThat(found).extracting(Finding::message)
        .containsExactly("possible misspelling 'teh'; did you mean 'the'?");
  }

  @Test
  void aListedMisspellingIsSettledButNotACapitalisedNameInsideASentence() {
    // LanguageTool alone offers margin, merging, Merlin...; the list of common misspellings
    // says merging, at a sentence start as well as inside one
    assertThat(lt("We keep mergin dicts.\n\nMergin dicts is easy.\n"))
        .extracting(Finding::message)
        .containsExactly("possible misspelling 'mergin'; did you mean 'merging'?",
            "possible misspelling 'Mergin'; did you mean 'Merging'?");
    // the list maps "stichting" to "stitching"; inside a sentence, capitalised, it is a name
    List<Finding> name = lt("Copyright Stichting Mathematisch Centrum, Amsterdam.\n");
    assertThat(name).filteredOn(f -> f.message().contains("'Stichting'"))
        .singleElement().satisfies(f -> {
          assertThat(f.fix()).isNull();
          assertThat(f.message()).contains("(suggestions: ").contains("Stitching");
        });
  }

  @Test
  void aSpellingOfAnotherVariantSaysSo() {
    assertThat(lt("The metaclass behaviour is odd.\n")).extracting(Finding::message)
        .containsExactly("'behaviour' is the British spelling; en-US writes 'behavior'"
            + " (--lang picks the variant)");
  }

  @Test
  void onlyTheListedGrammarRulesCarryAFixTheGuideApplies() {
    List<Finding> have = lt("Every object in Python has parent 'object' in the end.\n");
    assertThat(have).extracting(Finding::ruleId).containsExactly("LT:HAVE_PART_AGREEMENT");
    assertThat(have.get(0).fix()).isNull();
    assertThat(have.get(0).message()).endsWith("(LanguageTool suggests 'parented')");
    List<Finding> an = lt("This is a incredibly long list.\n");
    assertThat(an).extracting(Finding::ruleId).containsExactly("LT:EN_A_VS_AN");
    assertThat(an.get(0).fix().replacement()).isEqualTo("an");
  }

  @Test
  void cjkPunctuationGluedToAWordIsNotASpellingMatter() {
    assertThat(flagged("The decorator can also be a class，which is common in notes.\n"))
        .isEmpty();
  }

  @Test
  void aRepeatedWordAcrossAShortLineIsAListNotASlip() {
    assertThat(flagged("yellow\nyellow\n")).isEmpty();
    assertThat(flagged("We call the\nthe function here and it works.\n"))
        .containsExactly("1 LT:ENGLISH_WORD_REPEAT_RULE");
  }

  @Test
  void aGrammarMatchEndingOnANameWrittenLikeCodeIsNotReported() {
    assertThat(flagged("So that is the class A\nA.hello.im_self is the bound object here.\n"))
        .isEmpty();
  }

  @Test
  void aRepeatedPhraseInAStringLiteralIsData() {
    String sentence = "This is a very very very very very long string.";
    assertThat(flagged("```python\ns = \"" + sentence + "\"\n```\n")).isEmpty();
    assertThat(flagged(sentence + "\n")).containsExactly("1 LT:PHRASE_REPETITION");
  }
}
