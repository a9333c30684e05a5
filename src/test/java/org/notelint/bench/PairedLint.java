package org.notelint.bench;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds' lint stage, run in turns in one JVM over the same notes, as
 * {@link PairedIngest} does for ingest: the pass-by-pass ratio holds on a machine whose speed
 * drifts. Run with {@code bench/paired-lint.sh REV}.
 *
 * <p>Arguments: the {@code target/classes} of build A and of build B, the notes folder, the
 * number of passes, the dependencies' class path. Each build reads the notes and loads the
 * rule packs under {@code rules/} with its own classes; each pass lints every note on one
 * thread once with A and once with B, alternating which goes first; the first third is
 * warm-up. A pass whose builds report different finding counts is reported.
 */
public final class PairedLint {
  private PairedLint() {}

  public static void main(String[] args) throws Exception {
    List<Path> notes;
    try (Stream<Path> s = Files.list(Path.of(args[2]))) {
      notes = s.filter(Files::isRegularFile).sorted().toList();
    }
    List<Path> packs;
    try (Stream<Path> s = Files.list(Path.of("rules"))) {
      packs = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    Object[] linter = new Object[2];
    Method[] lint = new Method[2];
    List<List<Object>> docs = List.of(new ArrayList<>(), new ArrayList<>());
    for (int k = 0; k < 2; k++) {
      ClassLoader l = PairedIngest.loader(args[k], args[4]);
      Method readFile = l.loadClass("org.notelint.ingest.Ingestor")
          .getMethod("readFile", Path.class, String.class, long.class);
      for (Path p : notes) {
        docs.get(k).add(readFile.invoke(null, p, p.getFileName().toString(), 16L << 20));
      }
      Object loader = l.loadClass("org.notelint.lint.RuleLoader").getConstructor().newInstance();
      Object rules = loader.getClass().getMethod("loadFiles", List.class).invoke(loader, packs);
      Class<?> version = l.loadClass("org.notelint.lint.PythonVersion");
      Object target = version.getMethod("parse", String.class).invoke(null, "3.14");
      Class<?> linterClass = l.loadClass("org.notelint.lint.Linter");
      linter[k] = linterClass.getConstructor(rules.getClass(), version).newInstance(rules, target);
      lint[k] = linterClass.getMethod("lint", List.class, int.class);
    }
    int passes = Integer.parseInt(args[3]);
    List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>());
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < passes; r++) {
      double[] ms = new double[2];
      int[] found = new int[2];
      for (int turn = 0; turn < 2; turn++) {
        int k = r % 2 == 0 ? turn : 1 - turn;
        long t0 = System.nanoTime();
        found[k] = ((List<?>) lint[k].invoke(linter[k], docs.get(k), 1)).size();
        ms[k] = (System.nanoTime() - t0) / 1e6;
      }
      if (found[0] != found[1]) {
        System.out.printf(Locale.ROOT, "pass %d: A found %d, B found %d%n", r, found[0],
            found[1]);
      }
      if (r >= passes / 3) {
        times.get(0).add(ms[0]);
        times.get(1).add(ms[1]);
        ratios.add(ms[1] / ms[0]);
      }
    }
    System.out.printf(Locale.ROOT, "%d notes, %d timed passes each, one job%n", notes.size(),
        ratios.size());
    System.out.printf(Locale.ROOT, "A: median %.0f ms; B: median %.0f ms%n",
        PairedIngest.median(times.get(0)), PairedIngest.median(times.get(1)));
    Collections.sort(ratios);
    System.out.printf(Locale.ROOT, "B/A time pass by pass: median %.3f (quartiles %.3f to %.3f)%n",
        PairedIngest.median(ratios), ratios.get(ratios.size() / 4),
        ratios.get(3 * ratios.size() / 4));
  }
}
