package org.notelint.prose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.notelint.model.Category;
import org.notelint.model.RuleInfo;
import org.notelint.model.Severity;

/**
 * LanguageTool's English rules as a table generated from the LanguageTool this build ships
 * ({@code LanguageToolRulesTest} keeps it true), so that reports, {@code notelint rules} and
 * the settings file check can name and describe a rule without loading LanguageTool, and say
 * the same whether or not a cache answered.
 */
public final class LanguageToolRules {
  /** The table's resource name, beside this class. */
  public static final String RESOURCE = "languagetool-rules.tsv";

  /**
   * One rule: its id, the variants that have it, whether it checks spelling, LanguageTool's
   * issue type, whether LanguageTool runs it by default, and its description.
   */
  public record Entry(String id, List<String> variants, boolean spelling, String issueType,
      boolean defaultOn, String description) {
    public Entry {
      variants = List.copyOf(variants);
    }

    /** The line of the table for this rule. */
    public String line() {
      return String.join("\t", id, String.join(",", variants), spelling ? "spelling" : "grammar",
          issueType, defaultOn ? "on" : "off", description);
    }

    static Entry parse(String line) {
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IllegalStateException(RESOURCE + ": bad line '" + line + "'");
      }
      return new Entry(f[0], Arrays.asList(f[1].split(",")), f[2].equals("spelling"), f[3],
          f[4].equals("on"), f[5]);
    }
  }

  private static final class Table {
    static final Map<String, Entry> RULES = load();
  }

  private LanguageToolRules() {}

  /**
   * The rule with this id ({@code EN_A_VS_AN}, with or without {@code LT:}). Some rules report
   * each match under an id of its own made from theirs ({@code EN_COMPOUNDS} as
   * {@code EN_COMPOUNDS_TIME_CONSUMING}); such an id is that rule's, under the id it reports.
   */
  public static Optional<Entry> get(String id) {
    String bare = id.startsWith(GrammarChecker.PREFIX)
        ? id.substring(GrammarChecker.PREFIX.length()) : id;
    for (String candidate : owners(bare)) {
      Entry e = Table.RULES.get(candidate);
      if (e == null) {
        continue;
      }
      if (candidate.equals(bare)) {
        return Optional.of(e);
      }
      String description = e.description().replace(": $match", "").replace("$match", "")
          .strip();
      return Optional.of(new Entry(bare, e.variants(), e.spelling(), e.issueType(),
          e.defaultOn(), description));
    }
    return Optional.empty();
  }

  /**
   * The ids a finding's rule id may belong to, nearest first: the id itself, then each shorter
   * run of its {@code _}-separated parts ({@code EN_COMPOUNDS_TIME_CONSUMING},
   * {@code EN_COMPOUNDS_TIME}, {@code EN_COMPOUNDS}, {@code EN}).
   */
  public static List<String> owners(String bareId) {
    List<String> out = new java.util.ArrayList<>();
    out.add(bareId);
    for (int at = bareId.lastIndexOf('_'); at > 0; at = bareId.lastIndexOf('_', at - 1)) {
      out.add(bareId.substring(0, at));
    }
    return out;
  }

  /** Every rule, by id. */
  public static Collection<Entry> all() {
    return Table.RULES.values();
  }

  /** The severity notelint gives an issue type: style advice is a note. */
  public static Severity severity(String issueType) {
    return switch (issueType) {
      case "style", "register", "locale-violation", "terminology" -> Severity.NOTE;
      default -> Severity.WARNING;
    };
  }

  /**
   * How reports describe the rule {@code bareId}: its description from the table (or
   * {@code fallback} for a rule the table lacks), a rationale that says where to switch it
   * off, and its page on LanguageTool's community site.
   */
  public static RuleInfo info(String bareId, Severity severity, Category category,
      String fallback) {
    String summary = get(bareId).map(Entry::description).orElse(fallback);
    return new RuleInfo(GrammarChecker.PREFIX + bareId,
        "lt-" + bareId.toLowerCase(Locale.ROOT).replace('_', '-'), severity, category,
        summary == null || summary.isBlank() ? "LanguageTool rule " + bareId : summary,
        "Reported by LanguageTool " + LanguageToolEngine.version() + " (" + bareId
            + "). Switch it off in rules/" + ProseConfig.DIR + "/" + ProseConfig.SETTINGS
            + ", or add words to a list in rules/" + ProseConfig.DIR + "/.",
        List.of("https://community.languagetool.org/rule/show/" + bareId + "?lang=en"));
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> out = new TreeMap<>();
    try (InputStream in = LanguageToolRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          Entry e = Entry.parse(line);
          out.put(e.id(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
