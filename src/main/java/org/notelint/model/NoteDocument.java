package org.notelint.model;

import java.util.List;

/**
 * One ingested note: its path relative to the input root, detected format and the evidence
 * for it, the decoded source (line ends normalised to LF, so lines and columns are those of
 * the file), its section tree, and the findings ingest itself raised (encoding problems,
 * assumed format, broken notebook JSON).
 */
public record NoteDocument(String path, Format format, List<String> evidence,
    LineEnding lineEnding, String source, long bytes, Section root, List<Finding> findings) {
  public NoteDocument {
    evidence = List.copyOf(evidence);
    findings = List.copyOf(findings);
  }

  /** Number of lines in the source. */
  public int lineCount() {
    if (source.isEmpty()) {
      return 0;
    }
    int n = 1;
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        n++;
      }
    }
    return source.endsWith("\n") ? n - 1 : n;
  }
}
