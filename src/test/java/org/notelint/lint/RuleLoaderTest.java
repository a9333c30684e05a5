package org.notelint.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files are loaded strictly: every mistake is an error naming the file and line. */
class RuleLoaderTest {
  @TempDir
  Path dir;

  private static final String RULE = """
      rules:
        - id: XX-001
          name: example-rule
          kind: pattern
          category: misconception
          severity: warning
          scope: [prose]
          summary: An example
          message: "example"
          rationale: Because.
          references: [https://example.org]
          patterns: ['(?i)\\bfoo\\b']
          examples: {bad: ['<mark>foo</mark>'], good: ['bar']}
      """;

  private String load(String yaml) throws IOException {
    Path f = dir.resolve("pack.yaml");
    Files.writeString(f, yaml);
    Path versions = Path.of("rules/python-versions.yaml");
    try {
      new RuleLoader().loadFiles(List.of(versions, f));
      return "ok";
    } catch (RuleFileException e) {
      return e.getMessage().replace(f.toString().replace('\\', '/'), "pack.yaml");
    }
  }

  @Test
  void acceptsAWellFormedRule() throws IOException {
    assertThat(load(RULE)).isEqualTo("ok");
  }

  @Test
  void unknownKeyNamesFileAndLine() throws IOException {
    assertThat(load(RULE.replace("patterns:", "pattens:")))
        .startsWith("pack.yaml:12: unknown key 'pattens'");
  }

  @Test
  void badRegexNamesFileAndLine() throws IOException {
    assertThat(load(RULE.replace("(?i)\\bfoo\\b", "foo(?=bar)")))
        .startsWith("pack.yaml:12: bad regular expression 'foo(?=bar)'");
  }

  @Test
  void keyOfAnotherKindIsRefused() throws IOException {
    assertThat(load(RULE.replace("kind: pattern", "kind: name")))
        .isEqualTo("pack.yaml:2: rule XX-001: key 'patterns' does not apply to kind name "
            + "(it takes call, names, rename, unless)");
  }

  @Test
  void missingFieldsAndBadValuesAreNamed() throws IOException {
    assertThat(load(RULE.replace("    rationale: Because.\n", "")))
        .isEqualTo("pack.yaml:2: rule XX-001: missing rationale");
    assertThat(load(RULE.replace("severity: warning", "severity: fatal")))
        .isEqualTo("pack.yaml:2: rule XX-001: severity must be error, warning or note");
    assertThat(load(RULE.replace("[prose]", "[prose, poetry]")))
        .isEqualTo("pack.yaml:2: rule XX-001: unknown scope 'poetry'");
    assertThat(load(RULE.replace("examples: {bad: ['<mark>foo</mark>'], good: ['bar']}",
        "examples: {bad: [], good: ['bar']}")))
        .isEqualTo("pack.yaml:2: rule XX-001: needs examples with at least one bad and one good");
    assertThat(load(RULE.replace("XX-001", "xx1"))).startsWith("pack.yaml:2: rule id 'xx1'");
  }

  @Test
  void duplicateIdsAndKeysAreRefused() throws IOException {
    String twice = RULE + RULE.substring(RULE.indexOf("  - id")).replace("example-rule", "other");
    assertThat(load(twice)).isEqualTo("pack.yaml:14: rule id XX-001 is already used at pack.yaml:2");
    assertThat(load(RULE.replace("    summary: An example\n",
        "    summary: An example\n    summary: Again\n")))
        .startsWith("pack.yaml:9: Duplicate field 'summary'");
  }

  @Test
  void versionsMustBeQuotedOrValid() throws IOException {
    String api = """
        tables:
          t:
            - name: imp
              removed: "three"
              use: use importlib
              source: https://example.org
        """;
    assertThat(load(api)).startsWith("pack.yaml:4: bad Python version 'three'");
  }

  private static final String DUPLICATE = """
      rules:
        - id: XX-002
          name: near-copy
          kind: duplicate
          match: near
          category: duplicate
          severity: note
          scope: [prose]
          summary: A copy
          message: "copy of {first}"
          rationale: Because.
          settings: {jaccard: 0.7, shingle: 4}
          examples: {bad: ['a'], good: ['b']}
      """;

  @Test
  void duplicateRuleSettingsAreCheckedAndApplied() throws IOException {
    assertThat(load(DUPLICATE)).isEqualTo("ok");
    assertThat(load(DUPLICATE.replace("match: near", "match: nearby")))
        .startsWith("pack.yaml:2: rule XX-002: match must be one of code, link, near, verbatim");
    assertThat(load(DUPLICATE.replace("shingle: 4", "min-lines: 4")))
        .startsWith("pack.yaml:2: rule XX-002: setting 'min-lines' does not apply to match "
            + "near (it takes containment, jaccard, min-words, shingle)");
    assertThat(load(DUPLICATE.replace("jaccard: 0.7", "jaccard: 1.5")))
        .startsWith("pack.yaml:2: rule XX-002: setting jaccard must be a fraction above 0");
    assertThat(load(DUPLICATE.replace("shingle: 4", "shingle: 2.5")))
        .startsWith("pack.yaml:2: rule XX-002: setting shingle must be a whole number");
    assertThat(load(DUPLICATE.replace("match: near", "check: broken-anchor")))
        .startsWith("pack.yaml:2: rule XX-002: key 'check' does not apply to kind duplicate");
  }

  @Test
  void duplicateSettingsComeFromTheRules() throws Exception {
    Path f = dir.resolve("pack.yaml");
    Files.writeString(f, DUPLICATE);
    RuleSet set = new RuleLoader().loadFiles(List.of(Path.of("rules/python-versions.yaml"), f));
    org.notelint.dedupe.DedupeSettings s =
        org.notelint.lint.kinds.DuplicateRule.settings(set);
    assertThat(s.near()).isTrue();
    assertThat(s.verbatim() || s.code() || s.links()).isFalse();
    assertThat(s.jaccard()).isEqualTo(0.7);
    assertThat(s.proseShingle()).isEqualTo(4);
    assertThat(s.containment()).isEqualTo(0.8); // the default where the rule says nothing
  }

  @Test
  void shippedPacksLoad() {
    assertThat(Rules.shipped().rules()).hasSizeGreaterThan(70);
  }
}
