package org.notelint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.notelint.model.Format;
import org.notelint.testing.Snapshots;

/**
 * The Markdown reader parses each text with only the flexmark extensions that can find
 * something in it; the tree must be the one the parser with every extension builds.
 */
class MarkdownParserChoiceTest {
  private static final int ALL = 15;

  @Test
  void extensionsAreChosenByTheCharactersTheyNeed() {
    assertThat(MarkdownReader.extensionsFor("plain *text* with `code`")).isZero();
    assertThat(MarkdownReader.extensionsFor("a | b\n--|--\n1 | 2")).isEqualTo(1);
    assertThat(MarkdownReader.extensionsFor("a note[^1]\n\n[^1]: here")).isEqualTo(2);
    assertThat(MarkdownReader.extensionsFor("~~gone~~")).isEqualTo(4);
    assertThat(MarkdownReader.extensionsFor("---\ntitle: x\n---\n")).isEqualTo(8);
  }

  @Test
  void theChosenParserBuildsTheSameTreeAsTheFullOne() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "a | b\n--|--\n1 | 2\n", "| one |\n|---|\n| x |\n", "x[^n] y\n\n[^n]: note\n",
        "~~old~~ and ~one~ and ~~~\ncode\n~~~\n", "---\ntitle: t\n---\n# H\n",
        "a\n---\nb\n", "* item ~ tilde\n* [^not a footnote\n", "text | pipe only\n"));
    // Every file read as Markdown, with and without the characters each extension needs.
    List<Path> roots = new ArrayList<>(List.of(Snapshots.inputDir()));
    if (Files.isDirectory(Snapshots.corpusDir())) {
      roots.add(Snapshots.corpusDir());
    }
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          byte[] bytes = Files.readAllBytes(f);
          if (DocumentReader.read(f.getFileName().toString(), bytes).format() == Format.MARKDOWN) {
            texts.add(new String(bytes, StandardCharsets.UTF_8));
          }
        }
      }
    }
    for (String t : texts) {
      String chosen = dump(MarkdownReader.parserWith(MarkdownReader.extensionsFor(t)).parse(t));
      assertThat(chosen).as(t.substring(0, Math.min(60, t.length())))
          .isEqualTo(dump(MarkdownReader.parserWith(ALL).parse(t)));
    }
  }

  private static String dump(Node n) {
    StringBuilder b = new StringBuilder();
    dump(n, b);
    return b.toString();
  }

  private static void dump(Node n, StringBuilder b) {
    b.append(n.getClass().getSimpleName()).append('[').append(n.getStartOffset()).append(',')
        .append(n.getEndOffset()).append(']');
    if (n.getFirstChild() != null) {
      b.append('(');
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        dump(c, b);
      }
      b.append(')');
    }
  }
}
