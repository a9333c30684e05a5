package org.notelint.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notelint.prose.LanguageToolEngine.Hit;

class ProseConfigTest {
  @TempDir
  Path dir;

  @Test
  void shippedSettingsGiveAReasonForEveryRule() throws Exception {
    ProseConfig c = ProseConfig.load(null, null);
    assertThat(c.disabled()).containsKey("WHITESPACE_RULE");
    assertThat(c.disabled().values()).allMatch(r -> r.length() > 20 && !r.contains("\n"));
    assertThat(c.fragmentDisabled().values()).allMatch(r -> r.length() > 20);
    assertThat(c.vocabulary().accepts("kwargs")).isTrue();
    assertThat(c.vocabulary().size()).isGreaterThan(1000);
  }

  @Test
  void everyRuleTheSettingsNameExistsInLanguageTool() throws Exception {
    ProseConfig c = ProseConfig.load(null, null);
    // The engine refuses unknown ids when it starts; checking one passage starts it.
    assertThat(new LanguageToolEngine("en-US", c).check(new ProseChunk(
        org.notelint.model.Text.ofLines("Fine.", 1, -1), 0, ProseChunk.Kind.PARAGRAPH,
        List.of(ProseChunk.Part.text("Fine."))))).isEmpty();
  }

  @Test
  void badSettingsNameFileAndLine() throws Exception {
    assertThatThrownBy(() -> ProseConfig.parseSettings("s.yaml", "disable:\n  EN_A_VS_AN:\n"))
        .hasMessage("s.yaml:2: rule EN_A_VS_AN needs a one-line reason");
    assertThatThrownBy(() -> ProseConfig.parseSettings("s.yaml", "disabled:\n  A: why\n"))
        .hasMessageStartingWith("s.yaml:1: unknown section 'disabled'");
    assertThatThrownBy(() -> ProseConfig.parseSettings("s.yaml",
        "disable:\n  EN_A_VS_AN: one reason\n  EN_A_VS_AN: again\n"))
        .hasMessageStartingWith("s.yaml:3: ");
    assertThatThrownBy(() -> ProseConfig.parseSettings("s.yaml", "disable:\n  two-words: x\n"))
        .hasMessageContaining("'two-words' is not a LanguageTool rule id");
    assertThat(ProseConfig.parseSettings("s.yaml", "fixes:\n  EN_COMPOUNDS: safe\n")
        .get("fixes")).containsEntry("EN_COMPOUNDS", "safe");
    assertThat(ProseConfig.parseSettings("s.yaml", "disable:\n  in_excess_of: wordy\n")
        .get("disable")).containsKey("in_excess_of"); // LanguageTool has lower-case ids too
    assertThatThrownBy(() -> ProseConfig.parseSettings("s.yaml",
        "fragments:\n  EN_A_VS_AN: fine\n  NO_SUCH_RULE_X: why\n"))
        .hasMessage("s.yaml:3: LanguageTool 6.8 has no English rule NO_SUCH_RULE_X"
            + " (notelint rules LT lists them)");
  }

  @Test
  void aRulesFolderAddsWordsAndReplacesTheSettings() throws Exception {
    Files.createDirectories(dir.resolve("prose"));
    Files.writeString(dir.resolve("prose/mine.txt"), "frobnicate\n");
    Files.writeString(dir.resolve("prose/languagetool.yaml"),
        "disable:\n  EN_A_VS_AN: not for us\n");
    ProseConfig c = ProseConfig.load(dir, "myrules");
    assertThat(c.vocabulary().accepts("frobnicate")).isTrue();
    assertThat(c.vocabulary().accepts("kwargs")).isTrue();
    assertThat(c.disabled()).containsOnlyKeys("EN_A_VS_AN");
    Files.writeString(dir.resolve("prose/languagetool.yaml"), "enable: [x]\n");
    assertThatThrownBy(() -> ProseConfig.load(dir, "myrules"))
        .hasMessageStartingWith("myrules/prose/languagetool.yaml:1: ");
  }

  @Test
  void aFixIsOfferedOnlyWhenThereIsOneGoodReplacement() {
    assertThat(GrammarChecker.fix(hit(List.of("Length"), true), "Lenght")).isEqualTo("Length");
    assertThat(GrammarChecker.fix(hit(List.of("useful", "usefully"), true), "usefull")).isNull();
    assertThat(GrammarChecker.fix(hit(List.of("Python", "Peyton"), true), "Pyhton"))
        .isEqualTo("Python");
    assertThat(GrammarChecker.fix(hit(List.of("Python", "Pyhotn"), true), "Pyhton")).isNull();
    assertThat(GrammarChecker.fix(hit(List.of("Because", "Becalm"), true), "Becuase"))
        .isEqualTo("Because");
    assertThat(GrammarChecker.fix(hit(List.of("an", "a"), false), "a")).isNull();
    // one suggestion, but far from the word: a guess, not a fix
    assertThat(GrammarChecker.fix(hit(List.of("cheesiest"), true), "cheetsheet")).isNull();
    assertThat(GrammarChecker.close("teh", "the")).isTrue();
    assertThat(GrammarChecker.close("cheetsheet", "cheesiest")).isFalse();
  }

  @Test
  void aListedCorrectionSettlesAMisspellingWhenLanguageToolOffersItAlone() {
    List<String> merging = List.of("merging");
    assertThat(GrammarChecker.fix(hit(List.of("Margin", "Merging", "Merlin"), true), "Mergin",
        merging)).isEqualTo("Merging");
    assertThat(GrammarChecker.fix(hit(List.of("with", "which", "rich"), true), "wich",
        List.of("which", "witch"))).isEqualTo("which");
    // several listed ones offered, or only the list's second choice: unsettled
    assertThat(GrammarChecker.fix(hit(List.of("another", "any other"), true), "anyother",
        List.of("another", "any other"))).isNull();
    assertThat(GrammarChecker.fix(hit(List.of("encounter", "encounters"), true), "encounted",
        List.of("encountered", "encounter"))).isNull();
    // not offered at all: LanguageTool's own rules decide (two letters swapped)
    assertThat(GrammarChecker.fix(hit(List.of("files", "fields", "feels"), true), "fiels",
        List.of("phials"))).isEqualTo("files");
  }

  @Test
  void aCorrectionsFileAddsCorrectionsAndNamesItsBadLine(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("prose"));
    Files.writeString(dir.resolve("prose/mine.corrections"),
        "# our typos\nRemider -> reminder\n\nwich -> which\n");
    ProseConfig c = ProseConfig.load(dir, "myrules");
    assertThat(c.corrections("remider")).containsExactly("reminder");
    assertThat(c.corrections("Wich")).containsExactly("which"); // replaces the shipped entry
    assertThat(c.corrections("mergin")).containsExactly("merging"); // shipped
    Files.writeString(dir.resolve("prose/mine.corrections"), "ok -> fine\nno arrow here\n");
    assertThatThrownBy(() -> ProseConfig.load(dir, "myrules"))
        .hasMessageStartingWith("myrules/prose/mine.corrections:2: expected 'misspelling ->");
  }

  @Test
  void theSuggestionsOfAnUnsettledMisspellingAreReadBackFromItsMessage() {
    assertThat(GrammarChecker.suggestionsIn(
        "possible misspelling 'contructor' (suggestions: contractor, constructor)"))
        .containsExactly("contractor", "constructor");
    assertThat(GrammarChecker.suggestionsIn("possible misspelling 'Lenght'; did you mean "
        + "'Length'?")).isEmpty();
    assertThat(GrammarChecker.suggestionsIn("the word (suggestions: a, b)")).isEmpty();
  }

  private static Hit hit(List<String> s, boolean spelling) {
    return new Hit(0, 1, "R", "d", "misspelling", "m", s, spelling);
  }

  @Test
  void languageToolMessagesLoseTheirMarkup() {
    assertThat(LanguageToolEngine.message("Use <suggestion>an</suggestion> instead of 'a'."))
        .isEqualTo("use 'an' instead of 'a'");
  }
}
