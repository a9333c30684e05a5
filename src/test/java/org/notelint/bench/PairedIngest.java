package org.notelint.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds' ingest, read in turns in one JVM: on a machine whose speed drifts by a third
 * from one minute to the next, the ratio of passes run side by side holds where two separate
 * runs do not. Run with {@code bench/paired-ingest.sh REV}.
 *
 * <p>Arguments: the {@code target/classes} of build A and of build B, the corpus, the number
 * of passes, and the class path of the dependencies (flexmark and the rest). Each pass reads
 * every Markdown/text file (what {@code IngestBenchmark.readText} reads) once with A and once
 * with B, alternating which goes first; the first third of the passes is warm-up.
 */
public final class PairedIngest {
  private PairedIngest() {}

  public static void main(String[] args) throws Exception {
    Method[] read = new Method[2];
    for (int k = 0; k < 2; k++) {
      ClassLoader loader = loader(args[k], args[4]);
      read[k] = loader.loadClass("org.notelint.ingest.DocumentReader")
          .getMethod("read", String.class, byte[].class);
    }
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    load(Path.of(args[2]), read[0], names, contents);
    long bytes = contents.stream().mapToLong(b -> b.length).sum();
    int passes = Integer.parseInt(args[3]);
    List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>());
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < passes; r++) {
      double[] rate = new double[2];
      for (int turn = 0; turn < 2; turn++) {
        int k = r % 2 == 0 ? turn : 1 - turn;
        long t0 = System.nanoTime();
        for (int i = 0; i < contents.size(); i++) {
          read[k].invoke(null, names.get(i), contents.get(i));
        }
        rate[k] = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
      }
      if (r >= passes / 3) {
        rates.get(0).add(rate[0]);
        rates.get(1).add(rate[1]);
        ratios.add(rate[1] / rate[0]);
      }
    }
    System.out.printf(Locale.ROOT, "%d Markdown/text files, %d bytes, %d timed passes each%n",
        contents.size(), bytes, ratios.size());
    System.out.printf(Locale.ROOT, "A: median %.1f MB/s (best %.1f)%n", median(rates.get(0)),
        Collections.max(rates.get(0)));
    System.out.printf(Locale.ROOT, "B: median %.1f MB/s (best %.1f)%n", median(rates.get(1)),
        Collections.max(rates.get(1)));
    Collections.sort(ratios);
    System.out.printf(Locale.ROOT, "B/A pass by pass: median %.3f (quartiles %.3f to %.3f)%n",
        median(ratios), ratios.get(ratios.size() / 4), ratios.get(3 * ratios.size() / 4));
  }

  /** The corpus's Markdown and text files (as build A reads them), in path order. */
  private static void load(Path corpus, Method read, List<String> names, List<byte[]> contents)
      throws IOException, ReflectiveOperationException {
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        byte[] b = Files.readAllBytes(p);
        String name = corpus.relativize(p).toString();
        Object doc = read.invoke(null, name, b);
        String format = doc.getClass().getMethod("format").invoke(doc).toString();
        if (!format.equals("IPYNB") && !format.equals("HTML") && !format.equals("UNREAD")) {
          names.add(name);
          contents.add(b);
        }
      }
    }
  }

  /**
   * A class loader for one build: its {@code target/classes} and the dependencies' class
   * path, apart from this JVM's own copy of the program, so two builds run side by side.
   */
  static ClassLoader loader(String classes, String dependencies) throws IOException {
    List<URL> urls = new ArrayList<>();
    urls.add(Path.of(classes).toUri().toURL());
    for (String p : dependencies.split(java.io.File.pathSeparator)) {
      if (!p.isBlank()) {
        urls.add(Path.of(p).toUri().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }
}
