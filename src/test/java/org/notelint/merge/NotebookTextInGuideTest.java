package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a notebook's Markdown cells hold reaches the guide as the cell's text, never as the
 * JSON lines of the file its spans point into.
 */
class NotebookTextInGuideTest {
  private static final String NOTEBOOK = String.join("\n",
      "{",
      " \"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {},",
      " \"cells\": [",
      "  {",
      "   \"cell_type\": \"markdown\",",
      "   \"metadata\": {},",
      "   \"source\": [",
      "    \"# Variables\\n\",",
      "    \"\\n\",",
      "    \"Assignment binds a name to an object; see [the reference][ref].\\n\",",
      "    \"\\n\",",
      "    \"```py\\n\",",
      "    \"    >>> x = 1\\n\",",
      "    \"    >>> x\\n\",",
      "    \"    1\\n\",",
      "    \"```\\n\",",
      "    \"\\n\",",
      "    \"[ref]: https://docs.python.org/3/reference/simple_stmts.html\\n\"",
      "   ]",
      "  }",
      " ]",
      "}",
      "");

  @Test
  void sessionsAndLinkDefinitionsComeFromTheCellNotTheJson() {
    String md = GuideTestSupport.guideFrom(
        GuideTestSupport.buildOne("vars.ipynb", NOTEBOOK), "# ");
    assertThat(md).contains("```py\n    >>> x = 1\n    >>> x\n    1\n```")
        .contains("\n[ref]: https://docs.python.org/3/reference/simple_stmts.html\n")
        .doesNotContain("\\n\",");
  }

  private static final String TWO_OUTPUTS = String.join("\n",
      "{",
      " \"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {},",
      " \"cells\": [",
      "  {\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"# Tuples\\n\"]},",
      "  {\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {},",
      "   \"source\": [\"print('hello')\\n\", \"t = (1,)\\n\", \"t\"],",
      "   \"outputs\": [",
      "     {\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [\"hello\\n\"]},",
      "     {\"output_type\": \"execute_result\", \"execution_count\": 1, \"metadata\": {},",
      "      \"data\": {\"text/plain\": [\"(1,)\"]}}",
      "   ]}",
      " ]",
      "}",
      "");

  @Test
  void aCellsStreamAndResultAreBothShownOnceUnderItsCode() {
    String md = GuideTestSupport.guideFrom(
        GuideTestSupport.buildOne("t.ipynb", TWO_OUTPUTS), "#### Tuples");
    assertThat(md.stripTrailing()).isEqualTo("#### Tuples\n\n```python\nprint('hello')\nt = (1,)\nt\n```\n"
        + "<sup>t:6</sup>\n\nOutput:\n\n```text\nhello\n```\n\n```text\n(1,)\n```\n\n"
        + "*Sources: `t.ipynb` lines 6, 8, 10.*");
  }
}
