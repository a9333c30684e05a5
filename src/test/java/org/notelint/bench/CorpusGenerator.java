package org.notelint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.notelint.ingest.DocumentReader;
import org.notelint.model.Format;

/**
 * A seeded benchmark corpus made from real notes: {@code input/} and the Markdown and text
 * notes of {@code ../shared/corpus} (notebooks and HTML exports are left out, since a window of
 * their lines would not be a valid file). Each generated file is a window of about
 * {@code bytes} of one source note, cut at blank lines, with its paragraphs shuffled, one word
 * in forty replaced by another word of the same source, one in sixty given a typo (two letters
 * swapped), and one or two paragraphs copied from another generated file (cross-file
 * duplicates). It keeps its source's extension, so tools that pick files by extension see the
 * same mix. The same seed gives the same bytes.
 *
 * <p>Usage: {@code CorpusGenerator OUT_DIR FILES [BYTES_PER_FILE] [SEED]}.
 */
public final class CorpusGenerator {
  private CorpusGenerator() {}

  record Source(String name, String ext, List<String> paragraphs, String[] words) {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int files = Integer.parseInt(args[1]);
    int bytes = args.length > 2 ? Integer.parseInt(args[2]) : 13_500;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 7;
    List<Source> sources = new ArrayList<>();
    for (Path root : List.of(Path.of("input"), Path.of("..", "shared", "corpus"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          byte[] b = Files.readAllBytes(p);
          Format f = DocumentReader.read(p.getFileName().toString(), b).format();
          if (f == Format.IPYNB || f == Format.HTML || f == Format.UNREAD || b.length < 2000) {
            continue;
          }
          String text = new String(b, StandardCharsets.UTF_8).replace("\r\n", "\n");
          List<String> paras = new ArrayList<>(Arrays.asList(text.split("\n\\s*\n")));
          String name = p.getFileName().toString();
          int dot = name.lastIndexOf('.');
          String ext = dot > 0 && name.length() - dot <= 5 ? name.substring(dot) : ".txt";
          sources.add(new Source(name, ext, paras, text.split("\\s+")));
        }
      }
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("no source notes found in input/ or ../shared/corpus");
    }
    Files.createDirectories(out);
    Random rnd = new Random(seed);
    List<String> previous = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < files; i++) {
      Source s = sources.get(rnd.nextInt(sources.size()));
      List<String> window = new ArrayList<>();
      int start = rnd.nextInt(s.paragraphs().size());
      int size = 0;
      for (int k = start; size < bytes; k = (k + 1) % s.paragraphs().size()) {
        String p = s.paragraphs().get(k);
        window.add(p);
        size += p.length() + 2;
        if (window.size() > s.paragraphs().size()) {
          break;
        }
      }
      // Shuffle the paragraphs after the first (which often holds the title).
      List<String> rest = new ArrayList<>(window.subList(1, window.size()));
      java.util.Collections.shuffle(rest, rnd);
      List<String> paras = new ArrayList<>();
      paras.add(window.get(0));
      for (String p : rest) {
        paras.add(edit(p, s.words(), rnd));
      }
      for (int d = 0, n = 1 + rnd.nextInt(2); d < n && !previous.isEmpty(); d++) {
        paras.add(1 + rnd.nextInt(paras.size()), previous.get(rnd.nextInt(previous.size())));
      }
      String text = String.join("\n\n", paras) + "\n";
      previous.add(paras.get(paras.size() / 2));
      if (previous.size() > 200) {
        previous.remove(0);
      }
      String name = String.format(java.util.Locale.ROOT, "n%05d%s", i, s.ext());
      Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
      total += text.getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf("generated %d files, %d bytes, in %s (seed %d, %d source notes)%n",
        files, total, out, seed, sources.size());
  }

  /** Word swaps and typos in prose lines; code-looking lines (indented, fenced) stay. */
  private static String edit(String para, String[] words, Random rnd) {
    if (para.startsWith("    ") || para.startsWith("```") || para.startsWith("\t")) {
      return para;
    }
    String[] tokens = para.split(" ", -1);
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.length() < 4 || !t.chars().allMatch(Character::isLetter)) {
        continue;
      }
      int r = rnd.nextInt(240);
      if (r < 6 && words.length > 0) {
        String w = words[rnd.nextInt(words.length)];
        if (w.chars().allMatch(Character::isLetter) && w.length() > 2) {
          tokens[i] = w;
        }
      } else if (r < 10) {
        int k = 1 + rnd.nextInt(t.length() - 2);
        tokens[i] = t.substring(0, k) + t.charAt(k + 1) + t.charAt(k) + t.substring(k + 2);
      }
    }
    return String.join(" ", tokens);
  }
}
