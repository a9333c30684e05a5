package org.notelint.merge;

import static org.notelint.lint.RuleFiles.expect;
import static org.notelint.lint.RuleFiles.line;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.lint.RuleFiles;
import org.notelint.lint.RuleFiles.Source;
import org.notelint.lint.RuleFileException;

/**
 * The topic tree of the guide, read from {@code topics/*.yaml} under the rules (the shipped
 * files, overlaid by the user's: a file of the same name replaces a shipped one, others add
 * topics), and the matching of headings, lead-ins and running text to topics.
 *
 * <p>All names are compared in normal form ({@link #normalize}): lower case, NFKC, markup and
 * punctuation dropped, plurals folded, so "Decorators:", "`decorator`" and "DECORATORS" agree.
 */
public final class Taxonomy {
  /** The folder under the rules that holds topic files. */
  public static final String DIR = "topics";
  /** The id of the topic that takes what fits nowhere else; every taxonomy has it. */
  public static final String MISC = "misc";
  private static final int MAX_DEPTH = 3;
  /** A word: letters, digits, {@code _}, inner dots, and one apostrophe ("we're", "GIL's"). */
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}_]+(?:['\u2019]\\p{L}+)?(?:\\.[\\p{L}\\p{N}_]+)*");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  /** An RST role before its backquoted text: {@code :keyword:}, {@code :py:func:}. */
  private static final Pattern ROLE = Pattern.compile(":[\\w.-]+(?::[\\w.-]+)*:(?=`)");
  /** Words a heading may add around a topic name without changing it ("Copy in Python"). */
  private static final Set<String> FILLER = Set.of("python", "the", "a", "an", "in", "of",
      "about", "how", "to", "what", "are", "using", "py", "my", "some", "on",
      "vs", "v", "and", "or", "for", "does", "do", "why", "is", "it", "work", "with");

  private final Map<String, Topic> topics;
  private final Map<String, Topic> byName = new HashMap<>();
  private final Map<String, Topic> byStripped = new HashMap<>();
  private final Map<String, List<Topic>> byKeyword = new HashMap<>();
  private final Set<String> generic;
  /** One-word names that are everyday words too ("open", "set", "time"). */
  private final Set<String> ambiguous;
  /** Headings that label a part of a section ("Example", "Explanation"), not a subject. */
  private final Set<String> labels;
  private final int longestName;
  /** Every run of leading words of a name or keyword ("global", "global interpreter", ...). */
  private final Set<String> prefixes = new java.util.HashSet<>();

  private Taxonomy(Map<String, Topic> topics, Set<String> generic, Set<String> ambiguous,
      Set<String> labels) {
    this.topics = topics;
    this.generic = generic;
    this.ambiguous = ambiguous;
    this.labels = labels;
    int longest = 1;
    for (Topic t : topics.values()) {
      for (String a : t.aliases()) {
        byName.put(a, t);
        byStripped.putIfAbsent(strip(a), t);
        longest = Math.max(longest, a.split(" ").length);
      }
      for (String k : t.keywords()) {
        byKeyword.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
        longest = Math.max(longest, k.split(" ").length);
      }
    }
    byStripped.remove("");
    // A filler word can be what a name is about ("with statement"): without it a lone word
    // that names nothing itself ("statement") is no name, or "for statement" would be one.
    byStripped.keySet().removeIf(k -> k.indexOf(' ') < 0 && !byName.containsKey(k));
    this.longestName = longest;
    for (String key : concat(byName.keySet(), byKeyword.keySet())) {
      for (int at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
        prefixes.add(key.substring(0, at));
      }
      prefixes.add(key);
    }
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Every topic in file order (parents before children is not implied; see {@link #children}). */
  public Collection<Topic> topics() {
    return topics.values();
  }

  /** The topic with {@code id}, or null. */
  public Topic get(String id) {
    return topics.get(id);
  }

  /** The topics whose parent is {@code id} ({@code null}: the top level), in file order. */
  public List<Topic> children(String id) {
    List<Topic> out = new ArrayList<>();
    for (Topic t : topics.values()) {
      if (java.util.Objects.equals(t.parent(), id)) {
        out.add(t);
      }
    }
    return out;
  }

  /** True when {@code ancestor} is {@code t} or lies above it. */
  public boolean within(Topic t, Topic ancestor) {
    for (Topic x = t; x != null; x = x.parent() == null ? null : topics.get(x.parent())) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Depth from the top: 0 for a top-level topic. */
  public int depth(Topic t) {
    int d = 0;
    for (Topic x = t; x.parent() != null; x = topics.get(x.parent())) {
      d++;
    }
    return d;
  }

  // ---------------------------------------------------------------------------- matching

  /** True when a heading names nothing ("Python notes", "FEATURES", "Etc", empty). */
  public boolean isGeneric(String heading) {
    String n = normalize(heading);
    if (generic.contains(n)) {
      return true;
    }
    for (String w : n.split(" ")) {
      if (!w.isEmpty() && !FILLER.contains(w) && !generic.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a heading labels a part of its section ("Example", "Explanation:", "Output")
   * rather than naming what the section is about.
   */
  public boolean isLabel(String heading) {
    return labels.contains(normalize(heading));
  }

  /**
   * The topic a heading is the name of, with nothing else but filler words ("Decorators",
   * "Threading in Python"); null when it says more ("Rounding like a banker") or names none.
   */
  public Topic namedAsAWhole(String heading) {
    return wholeName(normalize(heading));
  }

  /** {@link #namedAsAWhole} of a heading already in normal form. */
  private Topic wholeName(String n) {
    if (n.isEmpty() || generic.contains(n)) {
      return null;
    }
    Topic t = byName.get(n);
    return t != null ? t : byStripped.get(strip(n));
  }

  /**
   * The topic a heading or lead-in names: the whole name, then the name without filler
   * words ("Copy in Python"), then the longest topic name inside it, leftmost first ("string
   * format(), f-string" names String formatting). Null when it names none.
   */
  public Topic named(String heading) {
    String n = normalize(heading);
    if (n.isEmpty() || generic.contains(n)) {
      return null;
    }
    Topic t = wholeName(n);
    if (t != null) {
      return t;
    }
    Set<Topic> inside = namesInNormal(n);
    return inside.isEmpty() ? null : inside.iterator().next();
  }

  /**
   * How strongly running text points to each topic: three points per topic name in it, one
   * per keyword. Only topics that score are in the map.
   */
  public Map<Topic, Integer> score(String text) {
    return score(words(text));
  }

  /** As {@link #score(String)}, for a text already in normal form ({@link #words}). */
  public Map<Topic, Integer> score(String[] words) {
    Map<Topic, Integer> out = new LinkedHashMap<>();
    phrases(words, (p, len) -> {
      Topic named = name(p, len);
      if (named != null) {
        out.merge(named, 3, Integer::sum);
      }
      for (Topic k : byKeyword.getOrDefault(p, List.of())) {
        out.merge(k, 1, Integer::sum);
      }
    });
    for (String w : words) {
      // A method or attribute reached through a name ("s.isalnum", "a.intersection") counts as
      // its keyword: the name before the dot is the writer's, the method is the library's.
      int dot = w.lastIndexOf('.');
      if (dot > 0 && !byKeyword.containsKey(w)) {
        for (Topic k : byKeyword.getOrDefault(w.substring(dot + 1), List.of())) {
          out.merge(k, 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /**
   * Every topic a heading names inside it, as {@link #named} finds them: longest names
   * first, leftmost first, a word counting for one name only ("string format(), f-string"
   * names String formatting, not Strings as well). "The matplotlib object-oriented API"
   * names Data science libraries and Object model.
   */
  public Set<Topic> namesIn(String heading) {
    return namesInNormal(normalize(heading));
  }

  /** {@link #namesIn} of a heading already in normal form, in the order found. */
  private Set<Topic> namesInNormal(String n) {
    Set<Topic> out = new java.util.LinkedHashSet<>();
    if (n.isEmpty()) {
      return out;
    }
    String[] words = n.split(" ");
    boolean[] used = new boolean[words.length];
    for (int len = Math.min(longestName, words.length); len >= 1; len--) {
      for (int i = 0; i + len <= words.length; i++) {
        boolean free = true;
        for (int k = i; k < i + len; k++) {
          free &= !used[k];
        }
        Topic found = free ? name(String.join(" ",
            java.util.Arrays.copyOfRange(words, i, i + len)), len) : null;
        if (found != null) {
          out.add(found);
          java.util.Arrays.fill(used, i, i + len, true);
        }
      }
    }
    return out;
  }

  /** The topics a text names outright (aliases only), for moving a unit to a sub-topic. */
  public Set<Topic> mentioned(String text) {
    return mentioned(words(text));
  }

  /** As {@link #mentioned(String)}, for a text already in normal form ({@link #words}). */
  public Set<Topic> mentioned(String[] words) {
    Set<Topic> out = new java.util.LinkedHashSet<>();
    phrases(words, (p, len) -> {
      Topic named = name(p, len);
      if (named != null) {
        out.add(named);
      }
    });
    return out;
  }

  /**
   * The topic a phrase of {@code len} words names, inside a longer heading or in running
   * text; a lone filler, generic or ambiguous word names none there (an ambiguous one names
   * its topic only as a whole heading or lead-in: "Open" but not "Open points").
   */
  private Topic name(String phrase, int len) {
    Topic named = byName.get(phrase);
    return named == null || len == 1 && (FILLER.contains(phrase) || generic.contains(phrase)
        || ambiguous.contains(phrase)) ? null : named;
  }

  /**
   * Every run of up to {@link #longestName} words of the text's normal form that is a name or
   * keyword or begins one (a run that begins none cannot grow into one, so it stops there).
   */
  private void phrases(String[] words, java.util.function.ObjIntConsumer<String> each) {
    for (int i = 0; i < words.length; i++) {
      if (words[i].isEmpty()) {
        continue;
      }
      String phrase = words[i];
      for (int len = 1; len <= longestName && i + len <= words.length; len++) {
        if (len > 1) {
          phrase = phrase + ' ' + words[i + len - 1];
        }
        if (!prefixes.contains(phrase)) {
          break;
        }
        each.accept(phrase, len);
      }
    }
  }

  /** The words of {@link #normalize}'s normal form of {@code text}; none for no word. */
  public static String[] words(String text) {
    String n = normalize(text);
    return n.isEmpty() ? new String[0] : n.split(" ");
  }

  /**
   * The normal form of a name or text: NFKC, lower case, words of letters, digits, {@code _}
   * and inner dots, each plural folded to its singular, joined by one space.
   */
  public static String normalize(String s) {
    // An RST role's name is markup: ":keyword:`if` Statements" is about if, not keywords.
    String text = s.indexOf(":`") >= 0 ? ROLE.matcher(s).replaceAll("") : s;
    String n = org.notelint.dedupe.Normalizer.nfkc(text).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    Matcher m = TOKEN.matcher(n);
    while (m.find()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(singular(withoutPossessive(m.group())));
    }
    return out.toString();
  }

  /**
   * A possessive's word ("the GIL's" is about the GIL); any other word with an apostrophe
   * stays whole, so "we're" and "don't" do not leave an "re" (Regular expressions) or a "t".
   */
  private static String withoutPossessive(String w) {
    int a = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
    if (a < 0) {
      return w;
    }
    return w.startsWith("s", a + 1) && a + 2 == w.length() ? w.substring(0, a)
        : w.replace('\u2019', '\'');
  }

  static String singular(String w) {
    if (w.length() <= 3 || !w.chars().allMatch(Character::isLetter)) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String strip(String normalized) {
    StringBuilder out = new StringBuilder();
    for (String w : normalized.split(" ")) {
      if (!w.isEmpty() && !FILLER.contains(w)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(w);
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------- loading

  /** The shipped topic files overlaid with {@code rulesDir/topics/} (null: shipped only). */
  public static Taxonomy load(Path rulesDir, String shown) throws RuleFileException {
    return load(rulesDir, shown, List.of());
  }

  /** As {@link #load(Path, String)}, plus the topic files {@code extra}, read last. */
  public static Taxonomy load(Path rulesDir, String shown, List<Source> extra)
      throws RuleFileException {
    // Shipped files first, then the user's: a user file of the same name replaces a shipped
    // one, and errors about a clash name the user's file.
    Map<String, Source> shipped = RuleFiles.shipped(DIR, GLOB);
    Map<String, Source> user = RuleFiles.user(DIR, GLOB, rulesDir, shown);
    shipped.keySet().removeAll(user.keySet());
    List<Source> files = new ArrayList<>(shipped.values());
    files.addAll(user.values());
    files.addAll(extra);
    Map<String, Topic> topics = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    Set<String> generic = new HashSet<>();
    Set<String> ambiguous = new HashSet<>();
    Set<String> labels = new HashSet<>();
    Map<String, String> titles = new HashMap<>();
    for (Source s : files) {
      parse(s.shown(), RuleFiles.read(s), topics, names, titles, generic, ambiguous,
          labels);
    }
    if (!topics.containsKey(MISC)) {
      throw new RuleFileException(DIR + ": no topic has the id '" + MISC
          + "' (the topic for what fits nowhere else)");
    }
    for (Topic t : topics.values()) {
      if (t.parent() != null && !topics.containsKey(t.parent())) {
        throw new RuleFileException(t.definedAt() + ": topic " + t.id() + ": parent '"
            + t.parent() + "' is not a topic id");
      }
      int depth = 0;
      Set<String> seen = new HashSet<>();
      for (Topic x = t; x.parent() != null; x = topics.get(x.parent())) {
        if (!seen.add(x.id())) {
          throw new RuleFileException(t.definedAt() + ": topic " + t.id()
              + ": its parents form a cycle");
        }
        depth++;
      }
      if (depth >= MAX_DEPTH) {
        throw new RuleFileException(t.definedAt() + ": topic " + t.id() + " is "
            + (depth + 1) + " levels deep; the guide has at most " + MAX_DEPTH);
      }
    }
    return new Taxonomy(topics, generic, ambiguous, labels);
  }

  private static final String GLOB = "*.{yaml,yml}";

  private static final Set<String> TOPIC_KEYS =
      Set.of("id", "title", "parent", "aliases", "keywords");

  /** Reads one topic file strictly: unknown keys, wrong types and repeats name file and line. */
  static void parse(String file, String text, Map<String, Topic> topics,
      Map<String, String> names, Map<String, String> titles, Set<String> generic,
      Set<String> ambiguous, Set<String> labels) throws RuleFileException {
    YAMLFactory yaml = new YAMLFactory();
    yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    try (JsonParser p = yaml.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return;
      }
      expect(file, p, t == JsonToken.START_OBJECT, "expected a mapping with 'topics'"
          + " (and optionally 'generic', 'ambiguous' and 'labels')");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (key.equals("generic") || key.equals("ambiguous") || key.equals("labels")) {
          p.nextToken();
          Set<String> into = key.equals("generic") ? generic
              : key.equals("ambiguous") ? ambiguous : labels;
          for (String g : strings(file, p, key)) {
            into.add(normalize(g));
          }
        } else if (key.equals("topics")) {
          expect(file, p, p.nextToken() == JsonToken.START_ARRAY, "'topics' must be a list");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(file, p, p.currentToken() == JsonToken.START_OBJECT,
                "each topic must be a mapping (id, title, parent, aliases, keywords)");
            int line = line(p.currentLocation());
            Map<String, Object> fields = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              expect(file, p, TOPIC_KEYS.contains(f), "unknown key '" + f
                  + "' (expected id, title, parent, aliases, keywords)");
              JsonToken v = p.nextToken();
              if (f.equals("aliases") || f.equals("keywords")) {
                fields.put(f, strings(file, p, f));
              } else {
                expect(file, p, v == JsonToken.VALUE_STRING && !p.getText().isBlank(),
                    "'" + f + "' must be text");
                fields.put(f, p.getText().strip());
              }
            }
            String where = file + ":" + line;
            String id = (String) fields.get("id");
            String title = (String) fields.get("title");
            if (id == null || title == null) {
              throw new RuleFileException(where + ": a topic needs an id and a title");
            }
            if (!ID.matcher(id).matches()) {
              throw new RuleFileException(where + ": topic id '" + id
                  + "' must be kebab-case (a-z, 0-9, -)");
            }
            Topic old = topics.get(id);
            if (old != null) {
              throw new RuleFileException(where + ": topic id '" + id
                  + "' is already defined at " + old.definedAt());
            }
            String tn = normalize(title);
            if (titles.containsKey(tn)) {
              throw new RuleFileException(where + ": title '" + title
                  + "' is already the title of topic " + titles.get(tn));
            }
            titles.put(tn, id);
            @SuppressWarnings("unchecked")
            List<String> rawAliases = (List<String>) fields.getOrDefault("aliases", List.of());
            @SuppressWarnings("unchecked")
            List<String> rawKeywords = (List<String>) fields.getOrDefault("keywords", List.of());
            List<String> aliases = new ArrayList<>();
            for (String a : concat(List.of(title, id.replace('-', ' ')), rawAliases)) {
              String n = normalize(a);
              if (n.isEmpty() || aliases.contains(n)) {
                continue;
              }
              String owner = names.get(n);
              if (owner != null && !owner.equals(id)) {
                throw new RuleFileException(where + ": topic " + id + ": the name '" + a
                    + "' already names topic " + owner);
              }
              names.put(n, id);
              aliases.add(n);
            }
            List<String> keywords = new ArrayList<>();
            for (String k : rawKeywords) {
              String n = normalize(k);
              if (!n.isEmpty() && !keywords.contains(n)) {
                keywords.add(n);
              }
            }
            topics.put(id, new Topic(id, title, (String) fields.get("parent"), aliases,
                keywords, where, topics.size()));
          }
        } else {
          throw new RuleFileException(file + ":" + line(p.currentLocation())
              + ": unknown key '" + key + "' (expected topics, generic, ambiguous or labels)");
        }
      }
    } catch (JsonProcessingException e) {
      throw new RuleFileException(file + ":" + line(e.getLocation()) + ": "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new RuleFileException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<String> strings(String file, JsonParser p, String what)
      throws IOException, RuleFileException {
    expect(file, p, p.currentToken() == JsonToken.START_ARRAY, "'" + what
        + "' must be a list of words");
    List<String> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(file, p, p.currentToken() == JsonToken.VALUE_STRING
          || p.currentToken() == JsonToken.VALUE_NUMBER_INT
          || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT, "'" + what
          + "' must hold words, not " + p.currentToken().asString());
      out.add(p.getText());
    }
    return out;
  }

}
