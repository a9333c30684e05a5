package org.notelint.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notelint.lint.RuleFileException;

class VocabularyTest {
  @ParameterizedTest
  @ValueSource(strings = {"lru_cache", "__init__", "os.path", "ThreadPoolExecutor",
      "getRefCount", "utf8", "py3k", "len()", "os.path.join()", "--verbose", ".pyc", "BAd",
      "nth"})
  void codeLikeTokens(String token) {
    assertThat(Vocabulary.looksLikeCode(token)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Lenght", "usefull", "Python", "GIL", "x"})
  void wordsAreNotCode(String token) {
    assertThat(Vocabulary.looksLikeCode(token)).isFalse();
  }

  @Test
  void lowerCaseEntriesMatchAnyCaseAndPluralsAreAccepted() {
    Vocabulary v = new Vocabulary(List.of("asyncio", "CPython", "dict"));
    assertThat(v.accepts("Asyncio")).isTrue();
    assertThat(v.accepts("ASYNCIO")).isTrue();
    assertThat(v.accepts("CPython")).isTrue();
    assertThat(v.accepts("CPYTHON")).isTrue();
    assertThat(v.accepts("cpython")).isFalse();
    assertThat(v.accepts("dicts")).isTrue();
    assertThat(v.accepts("asyncio's")).isTrue();
    assertThat(v.accepts("dictt")).isFalse();
  }

  @Test
  void onlyPluralsOfStemsOfFourLettersOrMoreAreAccepted() {
    Vocabulary v = new Vocabulary(List.of("acc", "cache", "hash", "regex"));
    assertThat(v.accepts("caches")).isTrue();
    assertThat(v.accepts("hashes")).isTrue();
    assertThat(v.accepts("regexes")).isTrue();
    assertThat(v.accepts("Acces")).as("a typo of Access, not a plural of acc").isFalse();
    assertThat(v.accepts("accs")).isFalse();
    assertThat(v.accepts("hashs")).isTrue(); // hash + s: the stem is listed
    assertThat(v.accepts("cachees")).isFalse();
  }

  @Test
  void wordListsTakeOneWordPerLineAndComments() throws RuleFileException {
    List<String> out = new ArrayList<>();
    Vocabulary.parse("w.txt", "# words\nasyncio  # the module\n\nkwargs\n", out);
    assertThat(out).containsExactly("asyncio", "kwargs");
    assertThatThrownBy(() -> Vocabulary.parse("w.txt", "ok\ntwo words\n", out))
        .hasMessage("w.txt:2: one word per line, found 'two words'");
  }
}
