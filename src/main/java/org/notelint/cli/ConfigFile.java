package org.notelint.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.notelint.model.Severity;

/**
 * The project configuration file ({@code notelint.yaml} in the input root, or
 * {@code --config FILE}): what CI invocations would otherwise repeat. Every key is optional;
 * an option given on the command line wins over the file. Loading is strict: an unknown key,
 * a value of the wrong kind or a missing file named in it stops the run with exit 2 and
 * {@code file:line: message}.
 *
 * <pre>
 * python: "3.12"          # --python
 * fail-on: warning        # --fail-on
 * grammar: false          # false is --no-grammar
 * lang: en-GB             # --lang
 * jobs: 2                 # --jobs
 * include: ["**&#47;*.md"]  # only notes whose path (relative to the input root) matches one
 * exclude: ["drafts/**"]  # never notes that match one
 * rules:                  # a rule id: off, or the severity it reports with
 *   STR-005: off
 *   OLD-001: error
 * words: [team-words.txt] # extra word lists (paths relative to this file)
 * topics: [topics.yaml]   # extra topic files
 * </pre>
 */
record ConfigFile(String shown, String python, String failOn, Boolean grammar, String lang,
    Integer jobs, List<String> include, List<String> exclude, Map<String, String> rules,
    Map<String, Integer> ruleLines, List<Path> words, List<Path> topics) {

  /** The names looked for in the input root, in order. */
  static final List<String> NAMES = List.of("notelint.yaml", ".notelint.yaml");
  private static final Set<String> KEYS = Set.of("python", "fail-on", "grammar", "lang", "jobs",
      "include", "exclude", "rules", "words", "topics");

  ConfigFile {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    rules = Map.copyOf(rules);
    ruleLines = Map.copyOf(ruleLines);
    words = List.copyOf(words);
    topics = List.copyOf(topics);
  }

  /** Reads {@code file}, shown in messages as {@code shown}. */
  static ConfigFile load(Path file, String shown) throws UsageException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UsageException(shown + ": not a settings file: not UTF-8 text", false);
    } catch (IOException e) {
      throw new UsageException(shown + ": cannot read: " + e.getMessage(), false);
    }
    String python = null;
    String failOn = null;
    Boolean grammar = null;
    String lang = null;
    Integer jobs = null;
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    Map<String, String> rules = new LinkedHashMap<>();
    Map<String, Integer> ruleLines = new LinkedHashMap<>();
    List<Path> words = new ArrayList<>();
    List<Path> topics = new ArrayList<>();
    Path base = file.toAbsolutePath().getParent();
    YAMLFactory yaml = new YAMLFactory();
    yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    try (JsonParser p = yaml.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new ConfigFile(shown, null, null, null, null, null, include, exclude, rules,
            ruleLines, words, topics);
      }
      expect(shown, p, t == JsonToken.START_OBJECT, "expected a mapping of settings ("
          + String.join(", ", KEYS.stream().sorted().toList()) + ")");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int line = line(p);
        expect(shown, p, KEYS.contains(key), "unknown key '" + key + "' (known: "
            + String.join(", ", KEYS.stream().sorted().toList()) + ")");
        t = p.nextToken();
        switch (key) {
          case "python" -> {
            python = scalar(shown, p, t, key);
            expect(shown, line, python.matches("[23]\\.\\d{1,2}"),
                "python: '" + python + "' is not a version such as 3.12");
          }
          case "fail-on" -> {
            failOn = scalar(shown, p, t, key).toLowerCase(Locale.ROOT);
            expect(shown, line, List.of("error", "warning", "note", "never").contains(failOn),
                "fail-on: use error, warning, note or never");
          }
          case "grammar" -> {
            expect(shown, p, t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE,
                "grammar: use true or false");
            grammar = t == JsonToken.VALUE_TRUE;
          }
          case "lang" -> {
            String v = scalar(shown, p, t, key);
            lang = CliOptions.variant(v);
            expect(shown, line, lang != null, "lang: '" + v + "' is not one of "
                + String.join(", ", org.notelint.prose.LanguageToolEngine.VARIANTS));
          }
          case "jobs" -> {
            expect(shown, p, t == JsonToken.VALUE_NUMBER_INT && p.getIntValue() >= 1
                && p.getIntValue() <= 256, "jobs: use a whole number from 1 to 256");
            jobs = p.getIntValue();
          }
          case "include" -> include.addAll(globs(shown, p, t, key));
          case "exclude" -> exclude.addAll(globs(shown, p, t, key));
          case "rules" -> {
            expect(shown, p, t == JsonToken.START_OBJECT,
                "rules: expected a mapping of rule ids to off, error, warning or note");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String id = p.currentName();
              ruleLines.put(id, line(p));
              JsonToken v = p.nextToken();
              String level = v == JsonToken.VALUE_FALSE ? "off" // YAML reads a bare off as false
                  : scalar(shown, p, v, "rules: " + id).toLowerCase(Locale.ROOT);
              expect(shown, p, List.of("off", "error", "warning", "note").contains(level),
                  "rules: " + id + ": use off, error, warning or note");
              rules.put(id, level);
            }
          }
          case "words", "topics" -> {
            for (String f : list(shown, p, t, key)) {
              Path path = base.resolve(f).normalize();
              expect(shown, line, Files.isRegularFile(path), key + ": " + f
                  + ": no such file");
              (key.equals("words") ? words : topics).add(path);
            }
          }
          default -> throw new IllegalStateException(key);
        }
      }
    } catch (JsonProcessingException e) {
      throw new UsageException(shown + ":" + (e.getLocation() == null ? 1
          : e.getLocation().getLineNr()) + ": " + e.getOriginalMessage(), false);
    } catch (IOException e) {
      throw new UsageException(shown + ": cannot read: " + e.getMessage(), false);
    }
    return new ConfigFile(shown, python, failOn, grammar, lang, jobs, include, exclude, rules,
        ruleLines, words, topics);
  }

  private static int line(JsonParser p) {
    return p.currentLocation() == null ? 1 : p.currentLocation().getLineNr();
  }

  private static void expect(String file, JsonParser p, boolean ok, String message)
      throws UsageException {
    expect(file, line(p), ok, message);
  }

  private static void expect(String file, int line, boolean ok, String message)
      throws UsageException {
    if (!ok) {
      throw new UsageException(file + ":" + line + ": " + message, false);
    }
  }

  private static String scalar(String file, JsonParser p, JsonToken t, String key)
      throws IOException, UsageException {
    expect(file, p, t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL,
        key + ": expected a single value");
    return p.getValueAsString();
  }

  private static List<String> list(String file, JsonParser p, JsonToken t, String key)
      throws IOException, UsageException {
    List<String> out = new ArrayList<>();
    if (t == JsonToken.VALUE_STRING) {
      out.add(p.getText());
      return out;
    }
    expect(file, p, t == JsonToken.START_ARRAY, key + ": expected a list of strings");
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      expect(file, p, t == JsonToken.VALUE_STRING, key + ": expected a list of strings");
      out.add(p.getText());
    }
    return out;
  }

  private static List<String> globs(String file, JsonParser p, JsonToken t, String key)
      throws IOException, UsageException {
    List<String> out = list(file, p, t, key);
    for (String g : out) {
      try {
        java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + g);
      } catch (IllegalArgumentException e) {
        expect(file, p, false, key + ": bad glob '" + g + "': " + e.getMessage());
      }
    }
    return out;
  }
}
