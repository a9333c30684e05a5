package org.notelint.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.notelint.cli.CliOptions;
import org.notelint.ingest.Ingestor;
import org.notelint.lint.Linter;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.RuleLoader;
import org.notelint.model.Category;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;

/**
 * The misspellings and the grammar error of the seeds are found at their exact places, and
 * no spelling finding lands on an identifier or a code token.
 */
class SeedProseTest {
  private static List<Finding> findings;

  @BeforeAll
  static void lintSeeds() throws Exception {
    List<NoteDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("input"))) {
      for (Path p : files.sorted().toList()) {
        docs.add(Ingestor.readFile(p, p.getFileName().toString(), 16_000_000));
      }
    }
    ProseConfig config = ProseConfig.load(null, null);
    GrammarChecker grammar = new GrammarChecker(config, "en-US",
        new ProseCache(GrammarChecker.fingerprint(config, "en-US")));
    findings = new Linter(new RuleLoader().load(null),
        PythonVersion.parse(CliOptions.DEFAULT_PYTHON), grammar).lint(docs, 2);
  }

  private static List<Finding> spelling() {
    return findings.stream().filter(f -> f.category() == Category.SPELLING).toList();
  }

  @ParameterizedTest(name = "{0}:{1}:{2} {3}")
  @CsvSource({
      "002, 55, 36, Pyton, ",
      "002, 75, 21, Lenght, Length",
      "002, 58, 19, Remider, ",
      // LanguageTool offers margin, merging, ...; the list of common misspellings settles it
      "002, 170, 46, Mergin, Merging",
      "002, 476, 37, usefull, useful",
      "002, 497, 24, conctructor, constructor",
      "002, 530, 46, Abstarct, Abstract",
      "002, 1149, 8, orginized, organized",
      "001, 91, 42, syntaxic, ",
      "004, 48, 7, seperate, separate",
      "004, 98, 19, concreate, ",
      "002, 1110, 1, Varioues, Various",
      "002, 426, 62, becuase, because",
      // A name written in lower case: the capital is the fix, not a no-op "fibonacci".
      "001, 86, 229, fibonacci, Fibonacci",
  })
  void misspellingIsFoundAtItsPlace(String seed, int line, int column, String word, String fix) {
    List<Finding> at = spelling().stream().filter(f -> f.file().startsWith(seed)
        && f.span().startLine() == line && f.span().startColumn() == column).toList();
    assertThat(at).as("%s at %s:%d:%d", word, seed, line, column).hasSize(1);
    Finding f = at.get(0);
    assertThat(f.ruleId()).isEqualTo("LT:MORFOLOGIK_RULE_EN_US");
    assertThat(f.message()).startsWith("possible misspelling '" + word + "'");
    assertThat(f.span().endColumn()).isEqualTo(column + word.length());
    if (fix == null) {
      assertThat(f.fix()).isNull();
    } else {
      assertThat(f.fix().replacement()).isEqualTo(fix);
    }
  }

  @Test
  void aIncrediblyIsAGrammarError() {
    List<Finding> at = findings.stream().filter(f -> f.file().startsWith("001")
        && f.span().startLine() == 87).filter(f -> f.category() == Category.GRAMMAR).toList();
    assertThat(at).extracting(Finding::ruleId).containsExactly("LT:EN_A_VS_AN");
    assertThat(at.get(0).span().startColumn()).isEqualTo(55);
    assertThat(at.get(0).fix().replacement()).isEqualTo("an");
  }

  @ParameterizedTest
  @ValueSource(strings = {"__init__", "kwargs", "asyncio", "nonlocal", "getrefcount",
      "lru_cache", "__slots__", "ThreadPoolExecutor", "namedtuple", "metaclass", "CPython",
      "coroutine", "dunder", "itertools", "functools", "bytecode", "awaitable", "docstring",
      "tracemalloc", "subprocess", "PYTHONPATH", "hashable", "dicts", "deque", "objgraph",
      "init", "args", "aiohttp", "Pydantic", "Dataclasses", "memoize", "gevent", "ctypes"})
  void noSpellingFindingOnIdentifiersOrPythonTerms(String name) {
    assertThat(spelling()).noneMatch(f -> f.message().contains("'" + name + "'")
        || f.message().toLowerCase(java.util.Locale.ROOT).contains("'" + name.toLowerCase(
            java.util.Locale.ROOT) + "'"));
  }

  @Test
  void theRussianLinkTitlesAreNotCheckedAsEnglish() {
    assertThat(findings).noneMatch(f -> f.file().startsWith("000") && f.category()
        == Category.SPELLING && (f.span().startLine() == 37 || f.span().startLine() == 65
        || f.span().startLine() == 67));
  }
}
