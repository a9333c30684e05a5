package org.notelint.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notelint.ingest.Ingestor;
import org.notelint.lint.Units;
import org.notelint.model.NoteDocument;

/** What LanguageTool is given of a note, and what is kept from it. */
class ProseExtractorTest {
  @TempDir
  Path dir;

  private ProseExtractor.Result extract(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    NoteDocument doc = Ingestor.readFile(f, name, 1_000_000);
    return ProseExtractor.extract(Units.of(doc));
  }

  private static List<String> plains(ProseExtractor.Result r) {
    return r.chunks().stream().map(ProseChunk::plain).toList();
  }

  @Test
  void inlineCodeAndUrlsAreStandInsAndPartsCoverTheSource() throws Exception {
    ProseExtractor.Result r = extract("a.md", "# Title\n\nUse `len` on an `int` and see "
        + "[the docs](https://docs.python.org/3/) or https://x.org/a.\n");
    assertThat(plains(r)).containsExactly("Title",
        "Use Dummy on an Item and see the docs or Dummy.");
    for (ProseChunk c : r.chunks()) {
      StringBuilder sb = new StringBuilder();
      c.parts().forEach(p -> sb.append(p.source()));
      assertThat(sb.toString()).isEqualTo(c.source(0, c.length()));
    }
  }

  @Test
  void codeCommentsAndProseStringsAreCheckedButCodeIsNot() throws Exception {
    ProseExtractor.Result r = extract("a.md", "# T\n\n```python\n# This comment spans\n"
        + "# two lines\nx = 1  # => [1, 2]\nprint('Class A conctructor')\nd = {'a': 1}\n"
        + "y = f'{x} items left here'\n```\n");
    assertThat(plains(r)).containsExactly("T", "Class A conctructor", "Dummy items left here",
        "This comment spans\ntwo lines");
    assertThat(r.chunks().get(3).kind()).isEqualTo(ProseChunk.Kind.COMMENT);
    assertThat(r.identifiers()).contains("print");
  }

  @Test
  void otherScriptsAndLanguagesAreSkippedAndListed() throws Exception {
    ProseExtractor.Result r = extract("a.md", "# Notes on the language\n\nЭто заметка о "
        + "языке Python.\n\nEl lenguaje es muy fácil de aprender y de usar para todos."
        + "\n\nA line in English with a [Русская статья](https://x.org) link, and more words."
        + "\n\nAnother paragraph in English that is long enough to outweigh the others.\n");
    assertThat(r.skipped()).extracting(s -> s.span().startLine() + " " + s.language())
        .containsExactly("3 Cyrillic script", "5 not English");
    assertThat(plains(r)).containsExactly("Notes on the language",
        "A line in English with a Dummy link, and more words.",
        "Another paragraph in English that is long enough to outweigh the others.");
  }

  @Test
  void aNoteMostlyInAnotherLanguageIsSkippedWhole() throws Exception {
    ProseExtractor.Result r = extract("a.md", "# Python\n\nЭто длинная заметка о языке Python и "
        + "его синтаксисе, написанная по-русски.\n");
    assertThat(r.chunks()).isEmpty();
    assertThat(r.skipped()).extracting(ProseExtractor.Skipped::language)
        .contains("the note is mostly not English");
  }

  @Test
  void codeLinesInParagraphsAndLiteralMarkersAreNotProse() throws Exception {
    ProseExtractor.Result r = extract("a.rst", "Title\n=====\n\nSome prose here and there.\n"
        + "i = iter(items)\nmore prose follows. ::\n\n    x = 1\n");
    assertThat(plains(r)).containsExactly("Title",
        "Some prose here and there.\nItem\nmore prose follows.");
  }

  @Test
  void htmlTagsEntitiesAndRenderedCodeAreMarkup() throws Exception {
    ProseExtractor.Result r = extract("a.html", "<!DOCTYPE html>\n<html><body>\n"
        + "<p>Use <code>in</code> to test &quot;membership&quot;.</p>\n"
        + "<pre>x = 1\nprint(x)</pre>\n"
        + "<div class=\"highlight\"><pre><span class=\"n\">x</span></pre></div>\n"
        + "</body></html>\n");
    // The reader leaves the text a browser shows: <code> is inline code, <pre> is code.
    assertThat(plains(r)).containsExactly("Use Item to test \"membership\".");
  }

  @Test
  void fragmentsAreToldFromSentences() throws Exception {
    ProseExtractor.Result r = extract("a.md", "# Head\n\n- a bullet\n\nloop backwards:\n\n"
        + "Two lines of\nproper prose.\n");
    assertThat(r.chunks()).extracting(ProseChunk::kind).containsExactly(
        ProseChunk.Kind.FRAGMENT, ProseChunk.Kind.FRAGMENT, ProseChunk.Kind.FRAGMENT,
        ProseChunk.Kind.PARAGRAPH);
  }

  @Test
  void aNoteOfShortLinesInAnotherLanguageIsToldByItsFunctionWords() throws Exception {
    ProseExtractor.Result r = extract("a.md", "# Qué es Python\n\n- Es un lenguaje de "
        + "alto nivel\n- Tiene una sintaxis clara\n- Se usa en la web y en la ciencia\n"
        + "- Es fácil de leer\n- La comunidad es grande y los módulos son muchos\n");
    assertThat(r.chunks()).isEmpty();
    // The three long lines tell on their own; the short ones only with the whole note.
    assertThat(r.skipped()).extracting(s -> s.span().startLine() + " " + s.language())
        .containsExactly("1 the note is mostly not English", "3 not English",
            "4 the note is mostly not English", "5 not English",
            "6 the note is mostly not English", "7 not English");
  }

  @Test
  void longPassagesAreCutAtLineEndsAndAHugeLineIsSkipped() throws Exception {
    String line = "This line is a sentence of plain words.\n";
    String para = line.repeat(300);
    ProseExtractor.Result r = extract("a.md", "# T\n\n" + para + "\n" + "word ".repeat(2_000)
        + "\n");
    List<ProseChunk> body = r.chunks().subList(1, r.chunks().size());
    assertThat(body).allMatch(c -> c.length() <= ProseExtractor.MAX_PASSAGE);
    assertThat(body.stream().mapToInt(ProseChunk::length).sum()).isEqualTo(para.length() - 1);
    assertThat(body.get(1).span(0, 1).startLine()).isGreaterThan(3);
    assertThat(r.skipped()).extracting(s -> s.span().startLine() + " " + s.language())
        .containsExactly("304 a line of over 5000 characters, not a sentence");
  }
}
