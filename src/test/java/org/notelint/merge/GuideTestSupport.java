package org.notelint.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.notelint.ingest.Ingestor;
import org.notelint.lint.Linter;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.RuleFileException;
import org.notelint.lint.Rules;
import org.notelint.model.NoteDocument;
import org.notelint.pipeline.Pipeline;

/** Builds guides in-process (no grammar) and reads topics and citations back out of them. */
final class GuideTestSupport {
  private GuideTestSupport() {}

  record Built(List<NoteDocument> docs, Pipeline.Result run, Guide guide) {}

  static Taxonomy taxonomy() {
    try {
      return Taxonomy.load(Path.of("rules"), "rules");
    } catch (RuleFileException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  static List<NoteDocument> read(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
      List<NoteDocument> out = new ArrayList<>();
      for (Path f : files) {
        out.add(Ingestor.readFile(f, dir.relativize(f).toString().replace('\\', '/'),
            16L << 20));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Built build(List<NoteDocument> docs) {
    Pipeline.Result run = Pipeline.run(new Linter(Rules.shipped(), PythonVersion.parse("3.14")),
        docs, 2);
    Guide g = new Merger(taxonomy()).merge(docs, run.findings(), run.duplicates());
    return new Built(docs, run, g);
  }

  /** A note given as text, read as the CLI reads a file of that name. */
  static NoteDocument note(String fileName, String text) {
    return org.notelint.ingest.DocumentReader.read(fileName,
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The guide built from one note given as text. */
  static Built buildOne(String fileName, String text) {
    return build(List.of(note(fileName, text)));
  }

  /** The built guide's Markdown from {@code heading} (a whole heading line) to its end. */
  static String guideFrom(Built b, String heading) {
    String md = org.notelint.emit.GuideMarkdown.write(b.guide(), "0.1.0");
    return md.substring(md.indexOf(heading));
  }

  private static final Pattern HEADING = Pattern.compile("(?m)^(#{2,4}) (.+)$");
  private static final Pattern CITE = Pattern.compile("<sup>([^<]*)</sup>");

  /**
   * Topic title to the short file names its entries cite, in guide order: a topic's own
   * entries and its subsections' (up to the next topic's heading).
   */
  static Map<String, TreeSet<String>> citations(Built b) {
    String markdown = org.notelint.emit.GuideMarkdown.write(b.guide(), "0.1.0");
    Map<String, TreeSet<String>> out = new LinkedHashMap<>();
    java.util.Set<String> topics = new java.util.HashSet<>(topicTitles(b.guide()));
    Matcher h = HEADING.matcher(markdown);
    List<int[]> at = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    while (h.find()) {
      if (topics.contains(h.group(2))) {
        at.add(new int[] {h.start(), h.end()});
        titles.add(h.group(2));
      }
    }
    for (int i = 0; i < titles.size(); i++) {
      int end = i + 1 < at.size() ? at.get(i + 1)[0] : markdown.length();
      String body = markdown.substring(at.get(i)[1], end);
      TreeSet<String> files = new TreeSet<>();
      Matcher c = CITE.matcher(body);
      while (c.find()) {
        for (String part : c.group(1).split(";\\s*")) { // "000:85, 87; 001:121"
          files.add(part.substring(0, part.lastIndexOf(':')));
        }
      }
      out.put(titles.get(i), files);
    }
    return out;
  }

  /** The titles of a guide's topics, in document order. */
  static List<String> topicTitles(org.notelint.merge.Guide g) {
    List<String> out = new ArrayList<>();
    titles(g.parts(), out);
    return out;
  }

  private static void titles(List<org.notelint.merge.Guide.Part> parts, List<String> out) {
    for (var p : parts) {
      out.add(p.topic().title());
      titles(p.children(), out);
    }
  }

  /**
   * Each topic appears once and has one heading in the guide's Markdown: no subsection's
   * heading repeats a topic's title.
   */
  static void assertTopicsOnce(Built b) {
    String markdown = org.notelint.emit.GuideMarkdown.write(b.guide(), "0.1.0");
    List<String> topics = topicTitles(b.guide());
    org.assertj.core.api.Assertions.assertThat(topics).isNotEmpty().doesNotHaveDuplicates();
    Map<String, Integer> seen = new LinkedHashMap<>();
    Matcher h = Pattern.compile("(?m)^#{2,6} (.+)$").matcher(markdown);
    while (h.find()) {
      seen.merge(h.group(1), 1, Integer::sum);
    }
    for (String t : topics) {
      org.assertj.core.api.Assertions.assertThat(seen.get(t)).as("headings titled " + t)
          .isEqualTo(1);
    }
  }

  /** The headings of a Markdown text, in order. */
  static List<String> headings(String markdown) {
    List<String> out = new ArrayList<>();
    Matcher h = HEADING.matcher(markdown);
    while (h.find()) {
      out.add(h.group(2));
    }
    return out;
  }
}
