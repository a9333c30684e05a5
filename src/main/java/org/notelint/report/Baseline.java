package org.notelint.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.notelint.model.Finding;

/**
 * Accepted findings ({@code --baseline FILE}, written by {@code --write-baseline FILE}): a run
 * then reports and fails only on findings that are not in it. A finding matches an entry by
 * rule, file and the normalised text of its line ({@link Fingerprints#normalize}), never by
 * line number, so lines inserted or removed elsewhere do not make an accepted finding new.
 * Entries count: two accepted findings of one rule on two identical lines accept two. Files
 * are named as the reports show them, relative to the working directory ({@code input/a.md}),
 * so a run over some of the notes (a pre-commit hook passing the staged files) matches the
 * entries a run over the whole folder wrote.
 */
public final class Baseline {
  /** The format's version, the value of the file's {@code notelintBaseline} key. */
  public static final int VERSION = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final Map<Key, Integer> accepted;

  private record Key(String ruleId, String file, String line) {}

  private Baseline(Map<Key, Integer> accepted) {
    this.accepted = accepted;
  }

  /** A baseline file that cannot be used: the message names the file and line. */
  public static final class BaselineException extends Exception {
    BaselineException(String message) {
      super(message);
    }
  }

  /** What a baseline leaves to report. */
  public record Split(List<Finding> fresh, int accepted) {}

  /** Reads {@code file} ({@code shown} is how the user named it). */
  public static Baseline load(Path file, String shown) throws BaselineException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BaselineException(shown + ": no such file (write one with --write-baseline)");
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new BaselineException(shown + ": not a baseline: not UTF-8 text");
    } catch (IOException e) {
      throw new BaselineException(shown + ": cannot read: " + e.getMessage());
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BaselineException(shown + ":" + (at == null ? 1 : at.getLineNr())
          + ": not a baseline: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !root.path("notelintBaseline").isInt()) {
      throw new BaselineException(shown + ":1: not a notelint baseline (no "
          + "\"notelintBaseline\": " + VERSION + ")");
    }
    if (root.get("notelintBaseline").asInt() != VERSION) {
      throw new BaselineException(shown + ":1: baseline version "
          + root.get("notelintBaseline").asInt() + " is not supported (this notelint reads "
          + VERSION + ")");
    }
    JsonNode list = root.path("findings");
    if (!list.isArray()) {
      throw new BaselineException(shown + ":1: \"findings\" must be a list");
    }
    Map<Key, Integer> accepted = new HashMap<>();
    int n = 0;
    for (JsonNode e : list) {
      n++;
      for (String k : List.of("ruleId", "file", "line")) {
        if (!e.path(k).isTextual()) {
          throw new BaselineException(shown + ":" + lineOf(text, n) + ": entry " + n
              + " has no text \"" + k + "\"");
        }
      }
      int count = !e.has("count") ? 1 : e.get("count").isInt() ? e.get("count").asInt() : -1;
      if (count < 1) {
        throw new BaselineException(shown + ":" + lineOf(text, n) + ": entry " + n
            + ": \"count\" must be a whole number from 1");
      }
      for (var it = e.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!Set.of("ruleId", "file", "line", "count", "message").contains(f)) {
          throw new BaselineException(shown + ":" + lineOf(text, n) + ": entry " + n
              + ": unknown key \"" + f + "\"");
        }
      }
      accepted.merge(new Key(e.get("ruleId").asText(), e.get("file").asText(),
          Fingerprints.normalize(e.get("line").asText())), count, Integer::sum);
    }
    return new Baseline(accepted);
  }

  /** The line on which entry {@code n} (1-based) of the findings list starts, or 1. */
  private static int lineOf(String text, int n) {
    int at = text.indexOf("\"findings\"");
    int seen = 0;
    int depth = 0;
    boolean inString = false;
    for (int i = Math.max(at, 0); at >= 0 && i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
        if (c == '{' && depth == 2 && ++seen == n) {
          return (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count() + 1;
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return 1;
  }

  /**
   * Splits {@code findings} (in report order) into new ones and the count accepted;
   * {@code prefix} is how the input root is reached from the working directory.
   */
  public Split apply(List<Finding> findings, SourceLines lines, String prefix) {
    Map<Key, Integer> left = new HashMap<>(accepted);
    List<Finding> fresh = new ArrayList<>();
    int matched = 0;
    for (Finding f : findings) {
      Key k = key(f, lines, prefix);
      Integer n = left.get(k);
      if (n != null && n > 0) {
        left.put(k, n - 1);
        matched++;
      } else {
        fresh.add(f);
      }
    }
    return new Split(fresh, matched);
  }

  private static Key key(Finding f, SourceLines lines, String prefix) {
    return new Key(f.ruleId(), prefix + f.file(),
        Fingerprints.normalize(lines.line(f.file(), f.span().startLine())));
  }

  /** The baseline accepting every one of {@code findings}, as the file's text. */
  public static String write(List<Finding> findings, SourceLines lines, String prefix) {
    Map<Key, Integer> counts = new TreeMap<>(java.util.Comparator.comparing(Key::file)
        .thenComparing(Key::ruleId).thenComparing(Key::line));
    Map<Key, String> message = new HashMap<>();
    for (Finding f : findings) {
      Key k = key(f, lines, prefix);
      counts.merge(k, 1, Integer::sum);
      message.putIfAbsent(k, f.message());
    }
    ObjectNode root = MAPPER.createObjectNode();
    root.put("notelintBaseline", VERSION);
    ArrayNode list = root.putArray("findings");
    for (Map.Entry<Key, Integer> e : counts.entrySet()) {
      ObjectNode o = list.addObject();
      o.put("ruleId", e.getKey().ruleId());
      o.put("file", e.getKey().file());
      o.put("line", e.getKey().line());
      if (e.getValue() > 1) {
        o.put("count", e.getValue());
      }
      o.put("message", message.get(e.getKey()));
    }
    return Json.write(root);
  }
}
