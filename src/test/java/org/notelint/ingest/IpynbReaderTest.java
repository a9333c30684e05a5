package org.notelint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notelint.model.CodeBlock;
import org.notelint.model.CodeRole;
import org.notelint.model.Format;
import org.notelint.model.NoteDocument;
import org.notelint.model.Paragraph;
import org.notelint.model.Raw;

class IpynbReaderTest {
  private static final String V4 = """
      {
       "cells": [
        {
         "cell_type": "markdown",
         "metadata": {},
         "source": [
          "# Tuples\\n",
          "\\n",
          "A tuple is immutable.\\n"
         ]
        },
        {
         "cell_type": "code",
         "execution_count": 3,
         "metadata": {},
         "outputs": [
          {
           "name": "stdout",
           "output_type": "stream",
           "text": [
            "(1,)\\n"
           ]
          },
          {
           "data": {"image/png": "iVBORw0KGgo="},
           "output_type": "display_data"
          }
         ],
         "source": [
          "t = (1,)\\n",
          "print(t)"
         ]
        },
        {
         "cell_type": "code",
         "execution_count": null,
         "outputs": [],
         "source": []
        }
       ],
       "metadata": {"language_info": {"name": "python"}},
       "nbformat": 4,
       "nbformat_minor": 5
      }
      """;

  private static final String V3 = """
      {
       "metadata": {"name": ""},
       "nbformat": 3,
       "worksheets": [
        {
         "cells": [
          {"cell_type": "heading", "level": 1, "metadata": {}, "source": ["Lecture"]},
          {"cell_type": "code", "input": ["print x"], "language": "python",
           "outputs": [{"output_type": "stream", "stream": "stdout", "text": ["1\\n"]}],
           "prompt_number": 7}
         ]
        }
       ]
      }
      """;

  @Test
  void columnsAfterJsonEscapesPointAtTheCharacterInTheFile() {
    String line = "  {\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], "
        + "\"execution_count\": 1, \"source\": [\"s = \\\"caf\\u00e9 \\ud83d\\udca1\\\"; "
        + "x = 1\\n\", \"y = s\"]}";
    String json = "{\n \"cells\": [\n" + line + "\n ],\n \"metadata\": {},\n"
        + " \"nbformat\": 4, \"nbformat_minor\": 5\n}\n";
    NoteDocument d = DocumentReader.read("e.ipynb", json.getBytes(StandardCharsets.UTF_8));
    CodeBlock code = (CodeBlock) d.root().blocks().get(0);
    String v = code.code().value();
    assertThat(v).isEqualTo("s = \"caf\u00e9 \ud83d\udca1\"; x = 1\ny = s");
    int x = v.indexOf("x = 1");
    // In the file, "x" stands after an escaped quote (2 columns) and three escaped code
    // units of 6 columns each.
    assertThat(code.code().position(x).column()).isEqualTo(line.indexOf("x = 1") + 1);
    assertThat(code.code().position(v.indexOf("caf")).column())
        .isEqualTo(line.indexOf("caf") + 1);
    assertThat(code.code().span(x, x + 5).endColumn()).isEqualTo(line.indexOf("x = 1") + 6);
    assertThat(code.code().slice(x, v.length()).position(0).column())
        .isEqualTo(line.indexOf("x = 1") + 1);
    assertThat(code.code().position(v.indexOf("y = s")).column())
        .isEqualTo(line.indexOf("y = s") + 1);
  }

  @Test
  void readsNbformat4CellsWithLinesOfTheJsonFile() {
    NoteDocument d = DocumentReader.read("n.ipynb", V4.getBytes(StandardCharsets.UTF_8));
    assertThat(d.format()).isEqualTo(Format.IPYNB);
    var tuples = d.root().children().get(0);
    assertThat(tuples.plainTitle()).isEqualTo("Tuples");
    assertThat(tuples.headingSpan().startLine()).isEqualTo(7);
    Paragraph p = (Paragraph) tuples.blocks().get(0);
    assertThat(p.span().startLine()).isEqualTo(9);
    assertThat(p.span().cell()).isZero();
    CodeBlock source = (CodeBlock) tuples.blocks().get(1);
    assertThat(source.code().value()).isEqualTo("t = (1,)\nprint(t)");
    assertThat(source.executionCount()).isEqualTo(3);
    assertThat(source.span().startLine()).isEqualTo(30);
    assertThat(source.span().endLine()).isEqualTo(31);
    assertThat(source.code().position(0).column()).isEqualTo(6);
    CodeBlock output = (CodeBlock) tuples.blocks().get(2);
    assertThat(output.role()).isEqualTo(CodeRole.OUTPUT);
    assertThat(output.code().value()).isEqualTo("(1,)");
    assertThat(output.span().startLine()).isEqualTo(21);
    assertThat(tuples.blocks().get(3)).isInstanceOf(Raw.class);
    CodeBlock empty = (CodeBlock) tuples.blocks().get(4);
    assertThat(empty.executionCount()).isNull();
    assertThat(empty.code().value()).isEmpty();
  }

  @Test
  void readsNbformat3Worksheets() {
    NoteDocument d = DocumentReader.read("old.ipynb", V3.getBytes(StandardCharsets.UTF_8));
    assertThat(d.format()).isEqualTo(Format.IPYNB);
    assertThat(d.evidence()).anyMatch(e -> e.startsWith("nbformat 3"));
    var lecture = d.root().children().get(0);
    assertThat(lecture.plainTitle()).isEqualTo("Lecture");
    List<CodeBlock> code = new ArrayList<>();
    lecture.blocks().forEach(b -> code.add((CodeBlock) b));
    assertThat(code).extracting(c -> c.code().value()).containsExactly("print x", "1");
    assertThat(code.get(0).executionCount()).isEqualTo(7);
  }

  @Test
  void sniffsNotebookJsonWhateverTheExtension() {
    NoteDocument d = DocumentReader.read("notes.txt", V4.getBytes(StandardCharsets.UTF_8));
    assertThat(d.format()).isEqualTo(Format.IPYNB);
  }
}
