package org.notelint.merge;

import java.util.List;
import org.notelint.model.SourceSpan;

/**
 * The consolidated guide, before it is written out: the topic tree with its entries (each
 * already rendered as Markdown with its citation), the account of every content unit of the
 * input, and the corrections applied on the way.
 *
 * @param files the input files in order, with the short names citations use
 * @param parts the top-level topics that hold something
 * @param accounts one record per content unit of the input, in file and line order
 * @param corrections the safe fixes applied to the guide's text
 * @param linkDefinitions Markdown link reference definitions the entries rely on
 */
public record Guide(List<SourceFile> files, List<Part> parts, List<Account> accounts,
    List<Correction> corrections, List<String> linkDefinitions) {
  public Guide {
    files = List.copyOf(files);
    parts = List.copyOf(parts);
    accounts = List.copyOf(accounts);
    corrections = List.copyOf(corrections);
    linkDefinitions = List.copyOf(linkDefinitions);
  }

  /** An input file and the short name its citations use ({@code 002} for {@code 002_x.txt}). */
  public record SourceFile(String path, String shortName) {}

  /**
   * One topic of the guide: its own entries, the entries its notes put under a heading that
   * says more than the topic's name ({@code subsections}, after the others), and its
   * sub-topics. {@code anchor} is the heading's slug, {@code sources} the per-file line
   * summary that ends the topic.
   */
  public record Part(Topic topic, String anchor, Entries entries, List<Subsection> subsections,
      List<String> sources, List<Part> children) {
    public Part {
      subsections = List.copyOf(subsections);
      sources = List.copyOf(sources);
      children = List.copyOf(children);
    }

    /** True when the topic itself has entries (not only sub-topics). */
    public boolean hasEntries() {
      return entryCount() > 0;
    }

    /** How many entries the topic shows, its subsections' included. */
    public int entryCount() {
      int n = entries.count();
      for (Subsection s : subsections) {
        n += s.entries().count();
      }
      return n;
    }
  }

  /**
   * Entries of a topic that stood under one heading in their notes ("Rounding like a
   * banker"): the heading as Markdown, its anchor (GitHub's, with the suffix a repeated
   * heading gets) and the entries.
   */
  public record Subsection(String heading, String anchor, Entries entries) {}

  /**
   * Rendered entries by group, in the order the guide shows them: definitions, explanations,
   * examples, further reading, open questions.
   */
  public record Entries(List<String> definitions, List<String> explanations,
      List<String> examples, List<String> reading, List<String> questions) {
    public Entries {
      definitions = List.copyOf(definitions);
      explanations = List.copyOf(explanations);
      examples = List.copyOf(examples);
      reading = List.copyOf(reading);
      questions = List.copyOf(questions);
    }

    /** How many entries there are. */
    public int count() {
      return definitions.size() + explanations.size() + examples.size() + reading.size()
          + questions.size();
    }
  }

  /** Where a content unit of the input ended. */
  public enum Fate {
    /** In the guide, under the heading whose anchor {@code detail} is (topic or subsection). */
    KEPT("kept"),
    /** Not shown: a copy of a unit that is kept ({@code detail}: where the kept copy is). */
    DUPLICATE("duplicate"),
    /** Not shown: a factual or structural finding with no safe fix ({@code detail}: rule). */
    HELD_BACK("held back"),
    /** Not shown: noise ({@code detail}: the reason). */
    DROPPED("dropped");

    private final String label;

    Fate(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The account of one content unit: where it is, what kind of block it is, where it went
   * and why ({@code detail}), the topic it belongs to ({@code ""} for dropped units), and the
   * headings it stood under in its note ({@code "A > B"}, {@code ""} above the first one).
   */
  public record Account(String file, SourceSpan span, String kind, Fate fate, String detail,
      String topic, String section, String excerpt) {}

  /** A safe fix applied to the guide's text. */
  public record Correction(String file, SourceSpan span, String ruleId, String before,
      String after) {}
}
