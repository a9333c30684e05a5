package org.notelint.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.notelint.cli.CliOptions;
import org.notelint.ingest.Ingestor;
import org.notelint.lint.DocContext;
import org.notelint.lint.KeywordIndex;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.Rule;
import org.notelint.lint.RuleLoader;
import org.notelint.lint.RuleSet;
import org.notelint.lint.RuleSettings;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;
import org.notelint.lint.Units;
import org.notelint.model.NoteDocument;

/**
 * Where rule evaluation spends its time: every shipped rule timed on its own over a corpus
 * (one thread, after {@code warm} untimed passes), slowest first. Usage:
 * {@code RuleTimes DIR [warm] [passes]}.
 */
public final class RuleTimes {
  private RuleTimes() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<NoteDocument> docs = new Ingestor(new Ingestor.Options(64_000_000, 2, List.of()))
        .ingest(List.of(corpus)).documents();
    RuleSet rules = new RuleLoader().load(Path.of("rules"));
    RuleSettings settings = new RuleSettings(PythonVersion.parse(CliOptions.DEFAULT_PYTHON),
        rules.facts());
    KeywordIndex keywords = KeywordIndex.of(rules.rules());
    Map<String, Long> nanos = new HashMap<>();
    long unitsNanos = 0;
    for (int pass = 0; pass < warm + passes; pass++) {
      boolean timed = pass >= warm;
      for (NoteDocument d : docs) {
        long t0 = System.nanoTime();
        List<Unit> units = Units.of(d);
        DocContext ctx = new DocContext(d, units, settings, keywords);
        if (timed) {
          unitsNanos += System.nanoTime() - t0;
        }
        for (Rule r : rules.rules()) {
          long t = System.nanoTime();
          r.check(ctx, new Sink(d.path()));
          if (timed) {
            nanos.merge(r.meta().id() + " " + r.meta().name(), System.nanoTime() - t, Long::sum);
          }
        }
      }
    }
    List<Map.Entry<String, Long>> list = new ArrayList<>(nanos.entrySet());
    list.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    long total = list.stream().mapToLong(Map.Entry::getValue).sum();
    System.out.printf(Locale.ROOT, "units: %.1f ms per pass; rules: %.1f ms per pass%n",
        unitsNanos / 1e6 / passes, total / 1e6 / passes);
    for (Map.Entry<String, Long> e : list.subList(0, Math.min(30, list.size()))) {
      System.out.printf(Locale.ROOT, "%8.1f ms  %4.1f%%  %s%n", e.getValue() / 1e6 / passes,
          100.0 * e.getValue() / total, e.getKey());
    }
  }
}
