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
import org.notelint.util.Parallel;

/**
 * The analysis stages after ingest: dedupe across notes and lint each note (at the same time
 * when there is more than one job), then join each note's duplicate findings to its own.
 */
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
   * stages on {@code clock}: {@code dedupe} then {@code lint} with one job, else the two
   * together.
   */
  public static Result run(Linter linter, List<NoteDocument> docs, int jobs,
      Predicate<String> lint, java.util.function.IntFunction<Runnable> progress,
      StageClock clock) {
    Deduper deduper = new Deduper(DuplicateRule.settings(linter.rules()), jobs);
    List<NoteDocument> linted = docs.stream().filter(d -> lint.test(d.path())).toList();
    Deduper.Result dup;
    List<List<Finding>> own;
    if (jobs > 1) {
      // Duplicates are looked for while the notes are linted: the two are independent until
      // the duplicate findings join each note's own, and the clustering is one thread's work
      // that would otherwise leave the other cores idle.
      Parallel.Background<Deduper.Result> found = Parallel.start("notelint-dedupe",
          () -> deduper.run(docs));
      own = linter.own(linted, jobs, progress.apply(linted.size()));
      dup = found.get();
    } else {
      dup = deduper.run(docs);
      clock.lap("dedupe");
      own = linter.own(linted, jobs, progress.apply(linted.size()));
    }
    Map<String, List<Finding>> extra = new TreeMap<>(
        DuplicateFindings.of(dup.clusters(), linter.rules(), lint));
    extra.keySet().removeIf(lint.negate());
    List<Finding> findings = linter.finish(linted, own, jobs, extra);
    clock.lap(jobs > 1 ? "lint and dedupe" : "lint");
    return new Result(findings, dup);
  }
}
