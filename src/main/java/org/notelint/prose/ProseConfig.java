package org.notelint.prose;

import static org.notelint.lint.RuleFiles.expect;
import static org.notelint.lint.RuleFiles.line;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.notelint.lint.RuleFiles;
import org.notelint.lint.RuleFiles.Source;
import org.notelint.lint.RuleFileException;

/**
 * How LanguageTool is set up for notes, read from {@code prose/} in the rules folder: the
 * LanguageTool rules switched off (each with its reason), those switched off in fragments
 * (list items, headings, comments, strings), those switched off in string literals only,
 * those switched on, the word lists ({@code *.txt}) and the lists of common misspellings
 * with their corrections ({@code *.corrections}). Shipped files come first; a file of the
 * same name in {@code --rules DIR/prose/} replaces one, other word lists add words and other
 * correction lists add corrections.
 */
public final class ProseConfig {
  /** Where the configuration lives, under the rules folder and on the class path. */
  public static final String DIR = "prose";
  static final String SETTINGS = "languagetool.yaml";

  private final Map<String, String> disabled;
  private final Map<String, String> fragmentDisabled;
  private final Map<String, String> stringDisabled;
  private final Map<String, String> fixes;
  private final Map<String, String> enabled;
  private final Vocabulary vocabulary;
  private final Map<String, List<String>> corrections;
  private final String fingerprint;
  private final String settingsFile;

  ProseConfig(String settingsFile, Map<String, String> disabled,
      Map<String, String> fragmentDisabled, Map<String, String> stringDisabled,
      Map<String, String> fixes, Map<String, String> enabled, Vocabulary vocabulary,
      Map<String, List<String>> corrections) {
    this.settingsFile = settingsFile;
    this.corrections = Map.copyOf(corrections);
    this.disabled = Map.copyOf(disabled);
    this.fragmentDisabled = Map.copyOf(fragmentDisabled);
    this.stringDisabled = Map.copyOf(stringDisabled);
    this.fixes = Map.copyOf(fixes);
    this.enabled = Map.copyOf(enabled);
    this.vocabulary = vocabulary;
    this.fingerprint = digest(new TreeMap<>(disabled).keySet() + "|"
        + new TreeMap<>(fragmentDisabled).keySet() + "|" + new TreeMap<>(stringDisabled).keySet()
        + "|" + new TreeMap<>(fixes).keySet() + "|" + new TreeMap<>(enabled).keySet() + "|"
        + vocabulary.fingerprint() + "|" + digest(new TreeMap<>(corrections).toString()));
  }

  /** The settings file as messages name it ({@code rules/prose/languagetool.yaml}). */
  public String settingsFile() {
    return settingsFile;
  }

  /** LanguageTool rules switched off everywhere: id to reason. */
  public Map<String, String> disabled() {
    return disabled;
  }

  /** Rules switched off in list items, headings, comments and strings: id to reason. */
  public Map<String, String> fragmentDisabled() {
    return fragmentDisabled;
  }

  /** Rules switched off in string literals and docstrings only: id to reason. */
  public Map<String, String> stringDisabled() {
    return stringDisabled;
  }

  /**
   * Grammar and style rules whose one suggestion the guide applies: id to reason. Another
   * grammar finding keeps LanguageTool's suggestion in its message and the guide leaves the
   * text as written. A rule that reports each match under an id of its own
   * ({@code EN_COMPOUNDS_TIME_CONSUMING}) is listed by its own id ({@code EN_COMPOUNDS}).
   */
  public Map<String, String> fixes() {
    return fixes;
  }

  /** True when the guide applies the suggestion of the grammar rule {@code id}. */
  public boolean fixes(String id) {
    return fixingRule(id) != null;
  }

  /** The entry of {@code fixes:} that covers the rule {@code id}, or null. */
  public String fixingRule(String id) {
    return LanguageToolRules.owners(id).stream().filter(fixes::containsKey).findFirst()
        .orElse(null);
  }

  /** Rules LanguageTool ships switched off that notes switch on: id to reason. */
  public Map<String, String> enabled() {
    return enabled;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * The corrections of a common misspelling (lower case), in the list's order; empty when no
   * {@code *.corrections} file lists it.
   */
  public List<String> corrections(String misspelling) {
    return corrections.getOrDefault(misspelling.toLowerCase(java.util.Locale.ROOT), List.of());
  }

  /** A digest of everything here that changes what LanguageTool reports (for the cache). */
  public String fingerprint() {
    return fingerprint;
  }

  /** The shipped configuration overlaid with {@code rulesDir/prose/} (null: shipped only). */
  public static ProseConfig load(Path rulesDir, String shown) throws RuleFileException {
    return load(rulesDir, shown, List.of());
  }

  /** As {@link #load(Path, String)}, plus the word lists {@code extraWords} (one per line). */
  public static ProseConfig load(Path rulesDir, String shown, List<Source> extraWords)
      throws RuleFileException {
    Map<String, Source> files = new TreeMap<>(RuleFiles.shipped(DIR, GLOB));
    files.putAll(RuleFiles.user(DIR, GLOB, rulesDir, shown));
    for (Source extra : extraWords) {
      files.put("~extra/" + extra.shown() + ".txt", extra); // after every folder file
    }
    Source settings = files.get(SETTINGS);
    if (settings == null) {
      throw new RuleFileException(DIR + "/" + SETTINGS + ": missing (the built-in one was not"
          + " found on the class path)");
    }
    Map<String, Map<String, String>> sections = parseSettings(settings.shown(),
        read(settings));
    List<String> words = new ArrayList<>();
    Map<String, List<String>> corrections = new java.util.HashMap<>();
    for (Map.Entry<String, Source> e : files.entrySet()) {
      if (e.getKey().endsWith(".txt")) {
        Vocabulary.parse(e.getValue().shown(), read(e.getValue()), words);
      } else if (e.getKey().endsWith(CORRECTIONS)) {
        parseCorrections(e.getValue().shown(), read(e.getValue()), corrections);
      }
    }
    return new ProseConfig(settings.shown(), sections.get("disable"), sections.get("fragments"),
        sections.get("strings"), sections.get("fixes"), sections.get("enable"),
        new Vocabulary(words), corrections);
  }

  private static final String CORRECTIONS = ".corrections";
  private static final String GLOB = "*.{yaml,txt,corrections}";

  /**
   * Reads a {@code *.corrections} file into {@code out}: one "misspelling -> correction,
   * correction" per line, {@code #} comments and blank lines skipped; a later file's entry
   * for a word replaces an earlier one's.
   */
  static void parseCorrections(String shown, String text, Map<String, List<String>> out)
      throws RuleFileException {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int arrow = l.indexOf("->");
      String word = arrow < 0 ? "" : l.substring(0, arrow).strip();
      List<String> fixes = new ArrayList<>();
      if (arrow >= 0) {
        for (String f : l.substring(arrow + 2).split(",")) {
          if (!f.isBlank()) {
            fixes.add(f.strip());
          }
        }
      }
      if (word.isEmpty() || fixes.isEmpty() || word.indexOf(' ') >= 0) {
        throw new RuleFileException(shown + ":" + (i + 1) + ": expected 'misspelling ->"
            + " correction' (several corrections separated by commas), found '" + l + "'");
      }
      out.put(word.toLowerCase(java.util.Locale.ROOT), List.copyOf(fixes));
    }
  }

  private static String read(Source s) throws RuleFileException {
    return RuleFiles.read(s);
  }

  private static final Set<String> SECTIONS = Set.of("disable", "fragments", "strings", "fixes", "enable");

  /**
   * Reads the settings file: a mapping of sections to mappings of LanguageTool rule ids to
   * one-line reasons. Anything else is an error naming the file and line.
   */
  static Map<String, Map<String, String>> parseSettings(String file, String text)
      throws RuleFileException {
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (String s : SECTIONS) {
      out.put(s, new TreeMap<>());
    }
    YAMLFactory yaml = new YAMLFactory();
    yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    try (JsonParser p = yaml.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return out;
      }
      expect(file, p, t == JsonToken.START_OBJECT,
          "expected a mapping of sections (disable, fragments, strings, fixes, enable)");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String section = p.currentName();
        expect(file, p, SECTIONS.contains(section), "unknown section '" + section
            + "' (expected disable, fragments, strings, fixes or enable)");
        JsonToken v = p.nextToken();
        if (v == JsonToken.VALUE_NULL) {
          continue;
        }
        expect(file, p, v == JsonToken.START_OBJECT, "'" + section
            + "' must map LanguageTool rule ids to a one-line reason");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String id = p.currentName();
          expect(file, p, id.matches("[A-Za-z][A-Za-z0-9_]*"), "'" + id
              + "' is not a LanguageTool rule id (letters, digits and _)");
          expect(file, p, LanguageToolRules.get(id).isPresent(), "LanguageTool "
              + LanguageToolEngine.version() + " has no English rule " + id
              + " (notelint rules LT lists them)");
          JsonToken r = p.nextToken();
          expect(file, p, r == JsonToken.VALUE_STRING && !p.getText().isBlank(),
              "rule " + id + " needs a one-line reason");
          expect(file, p, !p.getText().strip().contains("\n"), "the reason for " + id
              + " must be one line");
          out.get(section).put(id, p.getText().strip());
        }
      }
    } catch (JsonProcessingException e) {
      throw new RuleFileException(file + ":" + line(e.getLocation()) + ": "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new RuleFileException(file + ": cannot read: " + e.getMessage());
    }
    for (String id : out.get("enable").keySet()) {
      if (out.get("disable").containsKey(id)) {
        throw new RuleFileException(file + ": rule " + id + " is both enabled and disabled");
      }
    }
    return out;
  }

  static String digest(String s) {
    return org.notelint.util.Digests.hex(s, 12);
  }
}
