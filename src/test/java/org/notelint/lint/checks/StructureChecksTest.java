package org.notelint.lint.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notelint.cli.CliOptions;
import org.notelint.ingest.DocumentReader;
import org.notelint.lint.Rules;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;

/** Structure, notebook and encoding checks on inputs their examples do not cover. */
class StructureChecksTest {
  private static List<String> lint(String name, String text, String... prefixes) {
    return Rules.lint(Rules.shipped(), name, text, CliOptions.DEFAULT_PYTHON).stream()
        .filter(f -> List.of(prefixes).stream().anyMatch(p -> f.ruleId().startsWith(p)))
        .map(StructureChecksTest::show).toList();
  }

  private static String show(Finding f) {
    return f.span().startLine() + ":" + f.span().startColumn() + " " + f.ruleId() + " "
        + f.message();
  }

  private static final String NOTEBOOK = """
      {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
       "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Loops\\n", "\\n", "Some text."]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
          {"output_type": "error", "ename": "KeyboardInterrupt", "evalue": "",
           "traceback": ["\\u001b[0;31m-----\\u001b[0m", "\\u001b[0;31mKeyboardInterrupt\\u001b[0m: "]}],
         "source": ["while True:\\n", "    pass"]},
        {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
         "source": []},
        {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
         "source": ["x = 1"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
          {"output_type": "error", "ename": "ZeroDivisionError", "evalue": "division by zero",
           "traceback": ["Traceback (most recent call last)", "ZeroDivisionError: division by zero"]}],
         "source": ["1 / 0"]}
       ]}
      """;

  @Test
  void ipynbLeftoversAreFoundAtTheirJsonLines() {
    assertThat(lint("n.ipynb", NOTEBOOK, "NB-")).containsExactly(
        "6:51 NB-002 this cell was interrupted by hand (KeyboardInterrupt); re-run it or clear its output",
        "9:14 NB-006 empty code cell",
        "11:16 NB-004 1 code cell never ran (first here) while 2 others did: their outputs are missing",
        "14:21 NB-003 this cell's output is a traceback; fix the cell, or say in the text that the error is the point",
        "15:16 NB-005 cell [2] ran before cell [3] above it: outputs may not match a fresh run");
  }

  @Test
  void aNotebookSavedWithEveryOutputClearedIsNotCalledUnexecuted() {
    String clean = NOTEBOOK.replace("\"execution_count\": 3", "\"execution_count\": null")
        .replace("\"execution_count\": 2", "\"execution_count\": null");
    assertThat(lint("n.ipynb", clean, "NB-004", "NB-005")).isEmpty();
  }

  @Test
  void headingSlugsFollowGitHub() {
    String md = """
        # Notes

        - [init](#__init__py-and-you-)
        - [again](#notes-1)
        - [quoted](#-some-fancy-title)
        - [pandoc](#custom)
        - [broken](#nowhere)

        ## `__init__.py` and you 🎉

        Text.

        ## Notes

        Text.

        > ### ▶ Some fancy Title

        ## Other {#custom}

        Text.
        """;
    assertThat(lint("n.md", md, "STR-001")).containsExactly(
        "7:12 STR-001 link target '#nowhere' matches no heading or anchor in this note");
  }

  @Test
  void htmlScriptAndStyleAreNotReadAsNotes() {
    String html = "<!DOCTYPE html>\n<html><head>\n<style>\n.a { x: y(\n}\n</style>\n"
        + "<script>\nvar s = 'unterminated\nTODO: fix\n</script>\n</head>\n<body>\n"
        + "<p>Fine text.</p>\n</body></html>\n";
    assertThat(lint("n.html", html, "STR-", "NB-")).isEmpty();
    NoteDocument doc = DocumentReader.read("n.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.evidence()).contains(
        "2 <script>/<style> element(s) skipped: program text, not notes");
  }

  @Test
  void rstReferencesFollowDocutilsNames() {
    String rst = """
        Title
        =====

        See `the Python docs`_, `Other Title`_, `alias <docs_>`_ and |version|.
        Cite [CIT2002]_ and [#note]_ and [#]_ and an anonymous `link`__.

        Other title
        -----------

        .. _The  python DOCS: https://docs.python.org/3/
        .. _docs: https://docs.python.org/
        .. _unused: https://example.org/
        .. [CIT2002] A citation.
        .. [#note] A named footnote.
        .. [#] An auto-numbered one.
        .. __: https://example.org/anon
        """;
    assertThat(lint("n.rst", rst, "STR-007", "STR-008")).containsExactly(
        "12:1 STR-008 hyperlink target 'unused' is defined but never referenced");
  }

  @Test
  void doctestContinuationsThatLostTheirPromptsAreCode() {
    String md = "```pycon\n>>> people = [\n        ('john', 15),\n]\n>>> print(len(people),\n"
        + "...       'people')\n1 people\n```\n";
    assertThat(lint("n.md", md, "STR-010", "STR-011")).isEmpty();
  }

  @Test
  void blocksShownAsOutputOrAsAnErrorOnPurposeAreNotCheckedAsCode() {
    String md = "# Demo\n\n**Output (Python 2.3):**\n\n```py\nI'm trapped, please rescue!\n```\n";
    assertThat(lint("n.md", md, "STR-010")).isEmpty();
    String nb = "In [1]:\nprint(r\"\\\")\n\n  File \"<stdin>\", line 1\n"
        + "SyntaxError: EOL while scanning string literal\n";
    assertThat(lint("n.txt", nb, "STR-010", "STR-011")).isEmpty();
    assertThat(lint("n.txt", nb.replace("SyntaxError: EOL while scanning string literal",
        "ok"), "STR-010")).containsExactly(
        "2:7 STR-010 this Python code does not tokenize: unterminated string");
  }

  @Test
  void unlabelledBlocksAreCheckedOnlyForCertainSyntaxErrors() {
    String text = "Notes\n\n    n = 1\n    assert n = 2\n    values = [1, 2\n";
    assertThat(lint("n.md", text, "STR-010", "STR-011")).containsExactly(
        "4:14 STR-011 this Python code is a syntax error: '=' assigns; 'assert' needs the comparison '=='");
  }

  @Test
  void fencesCloseOnlyWithTheSameCharacterAndLength() {
    assertThat(lint("n.md", "# A\n\n~~~\n```\ncode\n```\n~~~\n\nText.\n", "STR-006")).isEmpty();
    assertThat(lint("n.md", "# A\n\n````md\n```\ncode\n```\n\nText.\n", "STR-006"))
        .containsExactly("3:1 STR-006 this code fence ```` is never closed: the rest of the file reads as code");
  }

  @Test
  void mojibakeIsRepairedAnywhereAndOtherScriptsAreLeftAlone() {
    String md = "# Заметки 笔记\n\nТекст, 中文, café, naïve — fine.\n\n```python\nx = 1  # donâ€™t\n```\n";
    List<Finding> fs = Rules.lint(Rules.shipped(), "n.md", md, CliOptions.DEFAULT_PYTHON).stream()
        .filter(f -> f.ruleId().equals("ENC-003")).toList();
    assertThat(fs).hasSize(1);
    assertThat(show(fs.get(0))).isEqualTo(
        "6:13 ENC-003 'â€™' is UTF-8 read as Windows-1252; it should read '’'");
    assertThat(fs.get(0).fix().replacement()).isEqualTo("’");
  }

  @Test
  void aTitleOnlyNoteIsOneFindingNotAlsoAnEmptySection() {
    assertThat(lint("n.md", "# Decorators\n", "STR-003", "STR-004")).containsExactly(
        "1:1 STR-004 the note 'Decorators' has a title and no content");
  }

  @Test
  void messagesQuoteLongHeadingsCutAndEmptyOnesByName() {
    String longTitle = "A heading that goes on and on, much longer than any heading should be";
    assertThat(lint("n.md", "# T\n\nText.\n\n## " + longTitle + "\n\n## #\n", "STR-003"))
        .containsExactly("5:1 STR-003 section 'A heading that goes on and on, much longer than any heading…'"
            + " is empty: the next heading or the end of the file follows at once",
            "7:1 STR-003 section '(empty heading)' is empty: the next heading or the end of the"
            + " file follows at once");
  }
}
