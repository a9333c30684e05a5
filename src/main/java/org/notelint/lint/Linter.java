package org.notelint.lint;

import java.util.ArrayList;
import java.util.List;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;

/** Runs every lint stage over the documents and returns the findings in report order. */
public final class Linter {
  private Linter() {}

  /** The findings for {@code docs}, sorted by {@link Finding#ORDER}. */
  public static List<Finding> lint(List<NoteDocument> docs) {
    List<Finding> all = new ArrayList<>();
    for (NoteDocument d : docs) {
      all.addAll(d.findings());
    }
    all.sort(Finding.ORDER);
    return all;
  }
}
