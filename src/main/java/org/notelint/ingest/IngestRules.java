package org.notelint.ingest;

import java.util.List;
import org.notelint.model.Category;
import org.notelint.model.RuleInfo;
import org.notelint.model.Severity;

/** The rules ingest itself applies: files it cannot read, decode or parse as claimed. */
public final class IngestRules {
  private IngestRules() {}

  public static final RuleInfo INVALID_UTF8 = new RuleInfo("ENC-001", "invalid-utf8",
      Severity.WARNING, Category.ENCODING, "Bytes that are not valid UTF-8",
      "The file is read as UTF-8; invalid byte sequences are replaced by U+FFFD so the rest "
          + "of the file can be checked. The replaced text is lost from the guide until the "
          + "file is saved as UTF-8.",
      List.of("https://www.rfc-editor.org/rfc/rfc3629"));
  public static final RuleInfo BINARY_FILE = new RuleInfo("ENC-002", "binary-file",
      Severity.NOTE, Category.ENCODING, "A binary file in the notes folder",
      "Files with NUL bytes or mostly control characters are not notes; they are skipped "
          + "and listed so that nothing is dropped without a word.",
      List.of());
  public static final RuleInfo UNREADABLE = new RuleInfo("IO-001", "unreadable-file",
      Severity.ERROR, Category.STRUCTURE, "A file that cannot be read",
      "The file exists in the input but could not be opened (permissions, a broken link); "
          + "its notes are missing from the guide.",
      List.of());
  public static final RuleInfo TOO_LARGE = new RuleInfo("IO-002", "file-too-large",
      Severity.WARNING, Category.STRUCTURE, "A file over the size limit",
      "Files larger than --max-file-size are not read, to keep a run's time and memory "
          + "bounded; raise the limit to include them.",
      List.of());
  public static final RuleInfo LINK_LOOP = new RuleInfo("IO-003", "link-loop",
      Severity.NOTE, Category.STRUCTURE, "A directory link that loops back on itself",
      "A symbolic link points at one of its own parent directories; following it would "
          + "never end, so it is skipped.",
      List.of());
  public static final RuleInfo FORMAT_ASSUMED = new RuleInfo("FMT-001", "format-assumed",
      Severity.NOTE, Category.STRUCTURE, "A format read with a fallback reader",
      "Org-mode, HTML exports and text with no recognisable markup are read with a simpler "
          + "reader; structure the reader does not know is kept as plain paragraphs.",
      List.of());
  public static final RuleInfo BROKEN_NOTEBOOK = new RuleInfo("NB-001", "broken-notebook-json",
      Severity.ERROR, Category.NOTEBOOK, "A notebook file whose JSON does not parse",
      "The .ipynb file is not valid notebook JSON (often a truncated save); it is read as "
          + "plain text so its content is still checked and kept.",
      List.of("https://nbformat.readthedocs.io/en/latest/format_description.html"));

  /** Every ingest rule, in id order. */
  public static final List<RuleInfo> ALL = List.of(INVALID_UTF8, BINARY_FILE, FORMAT_ASSUMED,
      UNREADABLE, TOO_LARGE, LINK_LOOP, BROKEN_NOTEBOOK);
}
