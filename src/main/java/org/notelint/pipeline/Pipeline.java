package org.notelint.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.notelint.dedupe.Deduper;
import org.notelint.lint.Linter;
import org.notelint.lint.kinds.DuplicateRule;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;

/** The analysis stages after ingest: dedupe across notes, then lint each note. */
public final class Pipeline {
  private Pipeline() {}

  /** Every finding, in report order, and the duplicate clusters the merge stage takes. */
  public record Result(List<Finding> findings, Deduper.Result duplicates) {}

  /** Finds duplicates across {@code docs} and lints each, on {@code jobs} threads. */
  public static Result run(Linter linter, List<NoteDocument> docs, int jobs) {
    return run(linter, docs, jobs, path -> true);
  }

  /**
   * As {@link #run(Linter, List, int)}, but lints and reports only the notes whose path
   * {@code lint} accepts; duplicates are still looked for across all of {@code docs}.
   */
  public static Result run(Linter linter, List<NoteDocument> docs, int jobs,
      Predicate<String> lint) {
    return run(linter, docs, jobs, lint, n -> () -> { });
  }

  /**
   * As {@link #run(Linter, List, int, Predicate)}; {@code progress} is given the number of
   * notes to lint and returns what to call as each one is done (a progress bar's step).
   */
  public static Result run(Linter linter, List<NoteDocument> docs, int jobs,
      Predicate<String> lint, java.util.function.IntFunction<Runnable> progress) {
    return run(linter, docs, jobs, lint, progress, new StageClock());
  }

  /**
   * As {@link #run(Linter, List, int, Predicate, java.util.function.IntFunction)}, laying the
   * {@code dedupe} and {@code lint} stages on {@code clock}.
   */
  public static Result run(Linter linter, List<NoteDocument> docs, int jobs,
      Predicate<String> lint, java.util.function.IntFunction<Runnable> progress,
      StageClock clock) {
    Deduper.Result dup = new Deduper(DuplicateRule.settings(linter.rules()), jobs).run(docs);
    Map<String, List<Finding>> extra = new TreeMap<>(
        DuplicateFindings.of(dup.clusters(), linter.rules(), lint));
    extra.keySet().removeIf(lint.negate());
    clock.lap("dedupe");
    List<NoteDocument> linted = docs.stream().filter(d -> lint.test(d.path())).toList();
    List<Finding> findings = linter.lint(linted, jobs, extra, progress.apply(linted.size()));
    clock.lap("lint");
    return new Result(findings, dup);
  }
}
