package org.notelint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.notelint.emit.OutlinePrinter;
import org.notelint.model.Block;
import org.notelint.model.CodeBlock;
import org.notelint.model.CodeRole;
import org.notelint.model.Definition;
import org.notelint.model.Format;
import org.notelint.model.NoteDocument;
import org.notelint.model.Paragraph;
import org.notelint.model.Section;
import org.notelint.testing.Snapshots;

/** The five seeds read as a person reads them; outlines pinned by reviewed golden files. */
class SeedOutlineTest {

  static Stream<String> seeds() throws IOException {
    try (Stream<Path> s = Files.list(Snapshots.inputDir())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
          .toList().stream();
    }
  }

  static NoteDocument read(String name) throws IOException {
    return DocumentReader.read(name, Files.readAllBytes(Snapshots.inputDir().resolve(name)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void outlineMatchesReviewedSnapshot(String name) throws IOException {
    Snapshots.assertMatches("outline/" + name, OutlinePrinter.print(read(name)));
  }

  @Test
  void seedsAreSniffedFromContentNotExtension() throws IOException {
    assertThat(read("000_7a0540594967efe8.txt").format()).isEqualTo(Format.MARKDOWN);
    assertThat(read("001_ee6f9355f12531ed.txt").format()).isEqualTo(Format.BANNER_TEXT);
    assertThat(read("002_038523c0fcd21374.txt").format()).isEqualTo(Format.NOTEBOOK_EXPORT);
    assertThat(read("003_83344bcf0ffb8d57.txt").format()).isEqualTo(Format.RST);
    assertThat(read("004_76ebb79ba4e1722b.txt").format()).isEqualTo(Format.MARKDOWN);
  }

  @Test
  void notebookCellFourHoldsBothTupleLinesAndItsOutput() throws IOException {
    List<CodeBlock> cells = new ArrayList<>();
    collect(read("002_038523c0fcd21374.txt").root(), CodeBlock.class, cells);
    CodeBlock code = cells.stream()
        .filter(c -> c.role() == CodeRole.SOURCE && Integer.valueOf(4).equals(c.executionCount()))
        .findFirst().orElseThrow();
    assertThat(code.span().startLine()).isEqualTo(147);
    assertThat(code.span().endLine()).isEqualTo(149);
    assertThat(code.code().value()).contains("t1 = 1,").contains("t1 = (1)");
    CodeBlock out = cells.get(cells.indexOf(code) + 1);
    assertThat(out.role()).isEqualTo(CodeRole.OUTPUT);
    assertThat(out.span().startLine()).isEqualTo(151);
    assertThat(out.code().value()).isEqualTo("1");
  }

  @Test
  void unexecutedCellsHaveNoExecutionCount() throws IOException {
    List<CodeBlock> cells = new ArrayList<>();
    collect(read("002_038523c0fcd21374.txt").root(), CodeBlock.class, cells);
    CodeBlock metaclasses = cells.stream().filter(c -> c.span().startLine() == 896)
        .findFirst().orElseThrow();
    assertThat(metaclasses.notebookCell()).isTrue();
    assertThat(metaclasses.executionCount()).isNull();
  }

  @Test
  void rstGilTermIsADefinitionWithItsBody() throws IOException {
    List<Definition> defs = new ArrayList<>();
    collect(read("003_83344bcf0ffb8d57.txt").root(), Definition.class, defs);
    Definition gil = defs.get(0);
    assertThat(gil.term().value()).startsWith("**GIL**");
    assertThat(gil.span().startLine()).isEqualTo(8);
    assertThat(gil.span().endLine()).isEqualTo(15);
    assertThat(gil.children()).singleElement().isInstanceOf(Paragraph.class);
    assertThat(((Paragraph) gil.children().get(0)).text().value())
        .startsWith("The Global Interpreter Lock is a mutex");
  }

  @Test
  void bannerAsyncioSectionContainsTheIndentedCode() throws IOException {
    Section asyncio = read("001_ee6f9355f12531ed.txt").root().children().stream()
        .filter(s -> s.plainTitle().equals("asyncio")).findFirst().orElseThrow();
    List<CodeBlock> code = new ArrayList<>();
    collect(asyncio, CodeBlock.class, code);
    assertThat(code).extracting(c -> c.span().startLine()).containsExactly(110, 114);
    assertThat(code.get(1).code().value()).contains("await asyncio.gather(foo, fooz)");
  }

  @Test
  void codeColumnsPointIntoTheFile() throws IOException {
    List<CodeBlock> code = new ArrayList<>();
    collect(read("001_ee6f9355f12531ed.txt").root(), CodeBlock.class, code);
    CodeBlock assertion = code.get(0);
    int at = assertion.code().value().indexOf("assert");
    assertThat(assertion.code().position(at).line()).isEqualTo(11);
    assertThat(assertion.code().position(at).column()).isEqualTo(5);
  }

  @Test
  void headingAnchorsAreKeptAndHtmlIsNotInTheTitle() throws IOException {
    Section dataTypes = read("002_038523c0fcd21374.txt").root().children().get(0).children()
        .get(1);
    assertThat(dataTypes.plainTitle()).isEqualTo("Data types");
    assertThat(dataTypes.anchors()).containsExactly("s-data-types");
  }

  static <T> void collect(Section s, Class<T> type, List<T> out) {
    for (Block b : s.blocks()) {
      collect(b, type, out);
    }
    for (Section c : s.children()) {
      collect(c, type, out);
    }
  }

  static <T> void collect(Block b, Class<T> type, List<T> out) {
    if (type.isInstance(b)) {
      out.add(type.cast(b));
    }
    for (Block k : b.children()) {
      collect(k, type, out);
    }
  }
}
