package org.notelint.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.notelint.model.NoteDocument;

/** The lines of each note, split on first use (most reports need only a few files' lines). */
public final class SourceLines {
  private final Map<String, NoteDocument> docs = new HashMap<>();
  private final Map<String, String[]> split = new ConcurrentHashMap<>();

  public SourceLines(List<NoteDocument> docs) {
    for (NoteDocument d : docs) {
      this.docs.put(d.path(), d);
    }
  }

  /** The lines of {@code file}: an empty array for a file that was not read. */
  public String[] lines(String file) {
    return split.computeIfAbsent(file, f -> {
      NoteDocument d = docs.get(f);
      return d == null ? new String[0] : d.source().split("\n", -1);
    });
  }

  /** Line {@code line} (1-based) of {@code file}, or "" when there is none. */
  public String line(String file, int line) {
    String[] lines = lines(file);
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }
}
