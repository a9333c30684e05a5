package org.notelint.pipeline;

import java.util.List;
import java.util.Map;
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
    Deduper.Result dup = new Deduper(DuplicateRule.settings(linter.rules()), jobs).run(docs);
    Map<String, List<Finding>> extra = DuplicateFindings.of(dup.clusters(), linter.rules());
    return new Result(linter.lint(docs, jobs, extra), dup);
  }
}
