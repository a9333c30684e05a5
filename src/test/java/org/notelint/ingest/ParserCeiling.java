package org.notelint.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.notelint.model.Format;

/**
 * Where issue 2's Markdown ingest target stops: the files a corpus holds that notelint reads
 * as Markdown, read warm in one thread in alternating rounds by notelint's whole reader
 * (decode, sniff, flexmark-java parse, model), by flexmark-java's parse alone (the parser
 * notelint builds for each text), and by commonmark-java with the same extensions (GFM tables,
 * strikethrough, footnotes, YAML front matter) and source spans on every node, as notelint
 * needs them. Prints each round and the medians in MB/s (10^6 bytes of the files). A
 * benchmark, not a test: {@code bench/parser-ceiling.sh [CORPUS] [ROUNDS]}.
 */
public final class ParserCeiling {
  private ParserCeiling() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    List<String> names = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        byte[] b = Files.readAllBytes(p);
        if (DocumentReader.read(p.toString(), b).format() == Format.MARKDOWN) {
          names.add(p.toString());
          bytes.add(b);
          texts.add(new String(b, StandardCharsets.UTF_8));
        }
      }
    }
    long size = bytes.stream().mapToLong(b -> b.length).sum();
    System.out.printf(Locale.ROOT, "%d Markdown files, %d bytes, %d rounds%n", names.size(), size,
        rounds);
    Parser commonmark = Parser.builder()
        .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(),
            FootnotesExtension.create(), YamlFrontMatterExtension.create()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    double[][] rates = new double[3][rounds];
    int passes = 10;
    for (int r = -3; r < rounds; r++) { // three rounds of warm-up
      long t0 = System.nanoTime();
      for (int k = 0; k < passes; k++) {
        for (int i = 0; i < names.size(); i++) {
          DocumentReader.read(names.get(i), bytes.get(i));
        }
      }
      long t1 = System.nanoTime();
      for (int k = 0; k < passes; k++) {
        for (String s : texts) {
          MarkdownReader.parserWith(MarkdownReader.extensionsFor(s)).parse(s);
        }
      }
      long t2 = System.nanoTime();
      for (int k = 0; k < passes; k++) {
        for (String s : texts) {
          commonmark.parse(s);
        }
      }
      long t3 = System.nanoTime();
      if (r >= 0) {
        rates[0][r] = size * passes / 1e6 / ((t1 - t0) / 1e9);
        rates[1][r] = size * passes / 1e6 / ((t2 - t1) / 1e9);
        rates[2][r] = size * passes / 1e6 / ((t3 - t2) / 1e9);
        System.out.printf(Locale.ROOT, "round %2d: notelint read %5.1f, flexmark parse %5.1f,"
            + " commonmark-java parse %5.1f MB/s%n", r + 1, rates[0][r], rates[1][r], rates[2][r]);
      }
    }
    System.out.printf(Locale.ROOT, "median: notelint read %.1f MB/s, flexmark-java parse %.1f"
        + " MB/s, commonmark-java parse %.1f MB/s%n", median(rates[0]), median(rates[1]),
        median(rates[2]));
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
