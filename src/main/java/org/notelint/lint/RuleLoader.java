package org.notelint.lint;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.notelint.lint.kinds.ApiEntry;
import org.notelint.lint.kinds.ApiRule;
import org.notelint.lint.kinds.CheckRule;
import org.notelint.lint.kinds.ClaimRule;
import org.notelint.lint.kinds.FixSpec;
import org.notelint.lint.kinds.NameRule;
import org.notelint.lint.kinds.PatternRule;
import org.notelint.lint.kinds.Regex;
import org.notelint.lint.kinds.VersionClaimRule;
import org.notelint.model.Category;
import org.notelint.model.Severity;

/**
 * Loads rule packs strictly: an unknown key, a missing field, a bad regular expression, a
 * bad version or a duplicate id is a {@link RuleFileException} naming the file and line.
 * The packs shipped inside notelint are read first; a {@code *.yaml} file in the rules
 * folder with the same name replaces the shipped one, other files add packs.
 */
public final class RuleLoader {
  private static final Map<String, Set<String>> KIND_KEYS = Map.of(
      "pattern", Set.of("patterns", "unless", "requires", "keywords", "eol", "fix"),
      "claim", Set.of("patterns", "unless", "requires", "keywords", "eol", "fix"),
      "name", Set.of("names", "call", "rename", "unless"),
      "api", Set.of("status", "table", "unless"),
      "version-claim", Set.of("features"),
      "check", Set.of("check"),
      "duplicate", Set.of("match", "settings"));

  private final ObjectMapper mapper;
  private final Map<String, Check> checks = new TreeMap<>();

  public RuleLoader() {
    SimpleModule m = new SimpleModule();
    m.addDeserializer(Regex.class, new RegexDeserializer());
    m.addDeserializer(PythonVersion.class, new VersionDeserializer());
    YAMLFactory yaml = new YAMLFactory();
    yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper = new ObjectMapper(yaml)
        .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .registerModule(m);
    for (Check c : ServiceLoader.load(Check.class, RuleLoader.class.getClassLoader())) {
      checks.put(c.name(), c);
    }
  }

  /** The shipped packs overlaid with those in {@code dir} (when it exists; may be null). */
  public RuleSet load(Path dir) throws RuleFileException {
    return load(dir, dir == null ? null : dir.toString());
  }

  /**
   * The shipped packs overlaid with those in {@code dir}; messages name its files as
   * {@code shown/NAME} (the folder as the user typed it).
   */
  public RuleSet load(Path dir, String shown) throws RuleFileException {
    Map<String, Source> files = new TreeMap<>(builtins());
    if (dir != null && Files.isDirectory(dir)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
        for (Path p : ds) {
          String name = p.getFileName().toString();
          String display = (shown == null ? p.toString() : shown.replaceAll("[/\\\\]+$", "")
              + "/" + name).replace('\\', '/');
          files.put(name, new Source(display, p));
        }
      } catch (IOException e) {
        throw new RuleFileException(dir + ": cannot list rule files: " + e.getMessage());
      }
    }
    return loadAll(new ArrayList<>(files.values()));
  }

  /** Loads exactly these files (for tests and tools). */
  public RuleSet loadFiles(List<Path> paths) throws RuleFileException {
    List<Source> sources = new ArrayList<>();
    for (Path p : paths) {
      sources.add(new Source(p.toString().replace('\\', '/'), p));
    }
    return loadAll(sources);
  }

  private record Source(String name, Path path) {}

  private RuleSet loadAll(List<Source> sources) throws RuleFileException {
    List<Parsed> parsed = new ArrayList<>();
    StringBuilder digest = new StringBuilder();
    Map<String, List<ApiEntry>> tables = new HashMap<>();
    VersionFacts facts = null;
    String factsFrom = null;
    for (Source s : sources) {
      String text;
      try {
        text = Files.readString(s.path(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new RuleFileException(s.name() + ": cannot read: " + e.getMessage());
      }
      Parsed p = parse(s.name(), text);
      parsed.add(p);
      digest.append(s.name()).append('\u0000').append(text).append('\u0001');
      for (var t : p.tables.entrySet()) {
        if (tables.put(t.getKey(), t.getValue()) != null) {
          throw new RuleFileException(s.name() + ": table '" + t.getKey()
              + "' is also defined in another rule file");
        }
      }
      if (p.facts != null) {
        if (facts != null) {
          throw new RuleFileException(s.name() + ": versions are also given in " + factsFrom);
        }
        facts = p.facts;
        factsFrom = s.name();
      }
    }
    if (facts == null) {
      throw new RuleFileException("no rule file gives the Python versions table (versions:)");
    }
    List<Rule> rules = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Parsed p : parsed) {
      for (LocatedRule lr : p.rules) {
        String where = p.file + ":" + lr.line;
        Rule r = build(lr.spec, p.defaults, where, tables);
        String prev = ids.put(r.meta().id(), where);
        if (prev != null) {
          throw new RuleFileException(where + ": rule id " + r.meta().id()
              + " is already used at " + prev);
        }
        prev = names.put(r.meta().name(), where);
        if (prev != null) {
          throw new RuleFileException(where + ": rule name " + r.meta().name()
              + " is already used at " + prev);
        }
        rules.add(r);
      }
    }
    rules.sort(Comparator.comparing(r -> r.meta().id()));
    return new RuleSet(rules, facts, org.notelint.util.Digests.hex(digest.toString(), 16));
  }

  // ---- file structure ----------------------------------------------------------------

  /** Pack-wide defaults for the rules of one file. */
  record Defaults(String category, String severity, List<Regex> unless) {}

  record ExamplesSpec(List<String> bad, List<String> good, String format) {}

  record FixYaml(String replace, Map<String, String> map, String description) {}

  record FeatureSpec(String name, Regex pattern, PythonVersion added, Boolean evolving,
      List<String> keywords) {}

  record ApiEntrySpec(String name, List<String> names, PythonVersion deprecated,
      PythonVersion removed, PythonVersion planned, Boolean never, String use,
      Map<String, String> rename, String keyword, Regex receiver, String source) {}

  record ReleaseSpec(PythonVersion version, String released, String eol, Boolean scheduled) {}

  record KeywordSpec(PythonVersion from, PythonVersion to, Integer hard, Integer soft,
      String softNames) {}

  record VersionsSpec(String referenceDate, List<ReleaseSpec> releases,
      List<KeywordSpec> keywords) {}

  record RuleSpec(String id, String name, String kind, String severity, String category,
      String summary, String message, String rationale, List<String> references,
      List<String> scope, List<Regex> patterns, List<Regex> unless, List<Regex> requires,
      List<String> keywords, String eol, FixYaml fix, List<String> names, Boolean call,
      Map<String, String> rename, String status, String table, List<FeatureSpec> features,
      String check, String match, Map<String, Double> settings, ExamplesSpec examples) {}

  private record LocatedRule(RuleSpec spec, int line) {}

  private static final class Parsed {
    String file;
    Defaults defaults = new Defaults(null, null, null);
    List<LocatedRule> rules = new ArrayList<>();
    Map<String, List<ApiEntry>> tables = new LinkedHashMap<>();
    VersionFacts facts;
  }

  private Parsed parse(String file, String text) throws RuleFileException {
    Parsed out = new Parsed();
    out.file = file;
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      if (p.nextToken() == null) {
        return out;
      }
      expect(file, p, JsonToken.START_OBJECT, "a mapping with pack, rules, tables or versions");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = line(p);
        p.nextToken();
        switch (key) {
          case "pack", "description" -> {
            if (!p.currentToken().isScalarValue()) {
              throw new RuleFileException(file + ":" + keyLine + ": " + key + " must be text");
            }
          }
          case "defaults" -> out.defaults = mapper.readValue(p, Defaults.class);
          case "rules" -> {
            expect(file, p, JsonToken.START_ARRAY, "a list of rules");
            while (p.nextToken() == JsonToken.START_OBJECT) {
              int line = line(p);
              try {
                out.rules.add(new LocatedRule(mapper.readValue(p, RuleSpec.class), line));
              } catch (UnrecognizedPropertyException e) {
                // Jackson reports the end of the rule; point at the key itself.
                throw new RuleFileException(file + ":" + keyLine(text, line,
                    e.getPropertyName()) + ": unknown key '" + e.getPropertyName()
                    + "' (known keys: " + String.join(", ", known(e)) + ")");
              }
            }
          }
          case "tables" -> {
            expect(file, p, JsonToken.START_OBJECT, "a mapping from table names to rows");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              p.nextToken();
              expect(file, p, JsonToken.START_ARRAY, "a list of rows");
              List<ApiEntry> rows = new ArrayList<>();
              while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = line(p);
                rows.add(entry(mapper.readValue(p, ApiEntrySpec.class), file + ":" + line));
              }
              out.tables.put(name, List.copyOf(rows));
            }
          }
          case "versions" -> out.facts = facts(mapper.readValue(p, VersionsSpec.class),
              file + ":" + keyLine);
          default -> throw new RuleFileException(file + ":" + keyLine + ": unknown key '" + key
              + "' (expected pack, description, defaults, rules, tables or versions)");
        }
      }
    } catch (UnrecognizedPropertyException e) {
      throw new RuleFileException(file + ":" + line(e.getLocation()) + ": unknown key '"
          + e.getPropertyName() + "' (known keys: " + String.join(", ", known(e)) + ")");
    } catch (JsonProcessingException e) {
      throw new RuleFileException(file + ":" + line(e.getLocation()) + ": "
          + e.getOriginalMessage().replaceAll("\\s*\\(for .*$", "").replaceAll(
              "\\s*at \\[Source.*$", ""));
    } catch (IOException e) {
      throw new RuleFileException(file + ": " + e.getMessage());
    }
    return out;
  }

  /** The first line from {@code from} on where {@code key:} is written. */
  private static int keyLine(String text, int from, String key) {
    String[] lines = text.split("\n", -1);
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(
        "(?:^|[\\s{,-])" + java.util.regex.Pattern.quote(key) + "\\s*:");
    for (int i = Math.max(0, from - 1); i < lines.length; i++) {
      if (p.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return from;
  }

  private static List<String> known(UnrecognizedPropertyException e) {
    List<String> k = new ArrayList<>();
    if (e.getKnownPropertyIds() != null) {
      for (Object o : e.getKnownPropertyIds()) {
        k.add(String.valueOf(o));
      }
    }
    k.sort(null);
    return k;
  }

  private static int line(JsonParser p) {
    return line(p.currentTokenLocation());
  }

  private static int line(JsonLocation l) {
    return l == null ? 0 : l.getLineNr();
  }

  private static void expect(String file, JsonParser p, JsonToken t, String what)
      throws RuleFileException {
    if (p.currentToken() != t) {
      throw new RuleFileException(file + ":" + line(p) + ": expected " + what);
    }
  }

  // ---- building rules ----------------------------------------------------------------

  private Rule build(RuleSpec s, Defaults d, String where, Map<String, List<ApiEntry>> tables)
      throws RuleFileException {
    require(s.id(), "id", where);
    if (!s.id().matches("[A-Z][A-Z0-9]*-\\d{3}")) {
      throw new RuleFileException(where + ": rule id '" + s.id()
          + "' must be a pack prefix and three digits (PY2-001)");
    }
    String at = where + ": rule " + s.id();
    require(s.name(), "name", at);
    if (!s.name().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new RuleFileException(at + ": name '" + s.name() + "' must be kebab-case");
    }
    require(s.kind(), "kind", at);
    Set<String> allowed = KIND_KEYS.get(s.kind());
    if (allowed == null) {
      throw new RuleFileException(at + ": unknown kind '" + s.kind() + "' (kinds: "
          + String.join(", ", new TreeMap<>(KIND_KEYS).keySet()) + ")");
    }
    Map<String, Object> kindFields = new LinkedHashMap<>();
    kindFields.put("patterns", s.patterns());
    kindFields.put("unless", s.unless());
    kindFields.put("requires", s.requires());
    kindFields.put("keywords", s.keywords());
    kindFields.put("eol", s.eol());
    kindFields.put("fix", s.fix());
    kindFields.put("names", s.names());
    kindFields.put("call", s.call());
    kindFields.put("rename", s.rename());
    kindFields.put("status", s.status());
    kindFields.put("table", s.table());
    kindFields.put("features", s.features());
    kindFields.put("check", s.check());
    kindFields.put("match", s.match());
    kindFields.put("settings", s.settings());
    for (var f : kindFields.entrySet()) {
      if (f.getValue() != null && !allowed.contains(f.getKey())) {
        throw new RuleFileException(at + ": key '" + f.getKey() + "' does not apply to kind "
            + s.kind() + " (it takes " + String.join(", ", new java.util.TreeSet<>(allowed))
            + ")");
      }
    }
    require(s.summary(), "summary", at);
    require(s.message(), "message", at);
    require(s.rationale(), "rationale", at);
    if (s.message().endsWith(".")) {
      throw new RuleFileException(at + ": message is a fragment; drop the final period");
    }
    Severity severity = parseSeverity(s.severity() != null ? s.severity() : d.severity(), at);
    Category category = parseCategory(s.category() != null ? s.category() : d.category(), at);
    if (s.scope() == null || s.scope().isEmpty()) {
      throw new RuleFileException(at + ": missing scope (one or more of "
          + String.join(", ", java.util.Arrays.stream(Scope.values()).map(Scope::label)
          .toList()) + ")");
    }
    EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (String sc : s.scope()) {
      Scope parsed = Scope.parse(sc);
      if (parsed == null) {
        throw new RuleFileException(at + ": unknown scope '" + sc + "'");
      }
      scopes.add(parsed);
    }
    if (s.examples() == null || s.examples().bad() == null || s.examples().bad().isEmpty()
        || s.examples().good() == null || s.examples().good().isEmpty()) {
      throw new RuleFileException(at + ": needs examples with at least one bad and one good");
    }
    String format = s.examples().format();
    if (format == null) {
      format = scopes.stream().allMatch(x -> x == Scope.CODE || x == Scope.COMMENT
          || x == Scope.STRING) ? "python" : "markdown";
    } else if (!RuleMeta.Examples.FORMATS.contains(format)) {
      throw new RuleFileException(at + ": examples format must be one of "
          + String.join(", ", RuleMeta.Examples.FORMATS));
    }
    RuleMeta meta = new RuleMeta(s.id(), s.name(), severity, category, s.summary().strip(),
        s.message().strip(), s.rationale().strip(),
        s.references() == null ? List.of() : s.references(), scopes,
        new RuleMeta.Examples(s.examples().bad(), s.examples().good(), format), where);
    List<Regex> unless = s.unless() != null ? s.unless()
        : d.unless() != null ? d.unless() : List.of();
    List<Regex> requires = s.requires() == null ? List.of() : s.requires();
    List<String> keywords = s.keywords() == null ? List.of()
        : s.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
    FixSpec fix = s.fix() == null ? null
        : new FixSpec(s.fix().replace(), s.fix().map(), s.fix().description());
    return switch (s.kind()) {
      case "pattern", "claim" -> {
        if (s.patterns() == null || s.patterns().isEmpty()) {
          throw new RuleFileException(at + ": kind " + s.kind() + " needs patterns");
        }
        if (s.eol() != null) {
          for (Regex r : s.patterns()) {
            if (!r.pattern().namedGroups().containsKey(s.eol())) {
              throw new RuleFileException(at + ": pattern " + r.source()
                  + " has no group named '" + s.eol() + "' (eol)");
            }
          }
        }
        yield s.kind().equals("pattern")
            ? new PatternRule(meta, s.patterns(), unless, requires, keywords, s.eol(), fix)
            : new ClaimRule(meta, s.patterns(), unless, requires, keywords, s.eol(), fix);
      }
      case "name" -> {
        if (s.names() == null || s.names().isEmpty()) {
          throw new RuleFileException(at + ": kind name needs names");
        }
        yield new NameRule(meta, Set.copyOf(s.names()), Boolean.TRUE.equals(s.call()),
            s.rename() == null ? Map.of() : s.rename(), unless);
      }
      case "api" -> {
        if (s.status() == null || !Set.of("removed", "deprecated", "never")
            .contains(s.status())) {
          throw new RuleFileException(at + ": status must be removed, deprecated or never");
        }
        List<ApiEntry> rows = tables.get(s.table());
        if (rows == null) {
          throw new RuleFileException(at + ": no table named '" + s.table() + "'");
        }
        yield new ApiRule(meta, s.status(), rows, unless);
      }
      case "version-claim" -> {
        if (s.features() == null || s.features().isEmpty()) {
          throw new RuleFileException(at + ": kind version-claim needs features");
        }
        List<VersionClaimRule.Feature> fs = new ArrayList<>();
        for (FeatureSpec f : s.features()) {
          if (f.name() == null || f.pattern() == null || f.added() == null) {
            throw new RuleFileException(at + ": each feature needs name, pattern and added");
          }
          fs.add(new VersionClaimRule.Feature(f.name(), f.pattern(), f.added(),
              Boolean.TRUE.equals(f.evolving()), f.keywords() == null ? List.of()
              : f.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList()));
        }
        yield new VersionClaimRule(meta, fs);
      }
      case "check" -> {
        Check c = checks.get(s.check());
        if (c == null) {
          throw new RuleFileException(at + ": no check named '" + s.check() + "' (checks: "
              + String.join(", ", checks.keySet()) + ")");
        }
        yield new CheckRule(meta, c);
      }
      case "duplicate" -> {
        require(s.match(), "match", at);
        yield org.notelint.lint.kinds.DuplicateRule.of(meta, s.match(), s.settings(), at);
      }
      default -> throw new IllegalStateException(s.kind());
    };
  }

  private static ApiEntry entry(ApiEntrySpec e, String where) throws RuleFileException {
    List<String> names = new ArrayList<>();
    if (e.name() != null) {
      names.add(e.name());
    }
    if (e.names() != null) {
      names.addAll(e.names());
    }
    if (names.isEmpty()) {
      throw new RuleFileException(where + ": a table row needs name or names");
    }
    for (String n : names) {
      if (!n.matches("\\.?[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*")) {
        throw new RuleFileException(where + ": '" + n + "' is not a dotted Python name");
      }
    }
    boolean never = Boolean.TRUE.equals(e.never());
    if (!never && e.removed() == null && e.deprecated() == null) {
      throw new RuleFileException(where + ": a table row needs removed, deprecated or never");
    }
    if (e.use() == null || e.use().isBlank()) {
      throw new RuleFileException(where + ": a table row needs use (what to do instead)");
    }
    if (e.source() == null || !e.source().startsWith("https://")) {
      throw new RuleFileException(where + ": a table row needs a source URL");
    }
    return new ApiEntry(names, e.deprecated(), e.removed(), e.planned(), never, e.use().strip(),
        e.rename(), e.keyword(), e.receiver(), e.source());
  }

  private static VersionFacts facts(VersionsSpec v, String where) throws RuleFileException {
    try {
      LocalDate ref = LocalDate.parse(require(v.referenceDate(), "reference-date", where));
      List<VersionFacts.Release> rs = new ArrayList<>();
      for (ReleaseSpec r : v.releases() == null ? List.<ReleaseSpec>of() : v.releases()) {
        rs.add(new VersionFacts.Release(r.version(), LocalDate.parse(r.released()),
            r.eol() == null ? null : LocalDate.parse(r.eol()), Boolean.TRUE.equals(r.scheduled())));
      }
      rs.sort(Comparator.comparing(VersionFacts.Release::version));
      List<VersionFacts.KeywordCount> ks = new ArrayList<>();
      for (KeywordSpec k : v.keywords() == null ? List.<KeywordSpec>of() : v.keywords()) {
        ks.add(new VersionFacts.KeywordCount(k.from(), k.to(), k.hard(), k.soft(),
            k.softNames() == null ? "" : k.softNames()));
      }
      return new VersionFacts(ref, rs, ks);
    } catch (DateTimeParseException e) {
      throw new RuleFileException(where + ": bad date '" + e.getParsedString()
          + "' (use YYYY-MM-DD)");
    } catch (NullPointerException e) {
      throw new RuleFileException(where + ": a release or keyword row misses a field");
    }
  }

  private static String require(String value, String key, String where)
      throws RuleFileException {
    if (value == null || value.isBlank()) {
      throw new RuleFileException(where + ": missing " + key);
    }
    return value;
  }

  private static Severity parseSeverity(String s, String at) throws RuleFileException {
    if (s == null) {
      throw new RuleFileException(at + ": missing severity");
    }
    try {
      return Severity.parse(s);
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(at + ": severity must be error, warning or note");
    }
  }

  private static Category parseCategory(String s, String at) throws RuleFileException {
    for (Category c : Category.values()) {
      if (c.label().equals(s)) {
        return c;
      }
    }
    throw new RuleFileException(at + ": " + (s == null ? "missing category" : "unknown category '"
        + s + "'"));
  }

  // ---- shipped packs -------------------------------------------------------------------

  private static Map<String, Source> builtins() throws RuleFileException {
    Map<String, Source> out = new TreeMap<>();
    Path dir = Builtins.dir("");
    if (dir == null) {
      return out;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        out.put(name, new Source("(built-in) " + name, p));
      }
    } catch (IOException e) {
      throw new RuleFileException("cannot read the built-in rules: " + e.getMessage());
    }
    return out;
  }

  // ---- value deserializers -----------------------------------------------------------

  /** Compiles regular expressions while reading, so errors carry the line. */
  static final class RegexDeserializer extends JsonDeserializer<Regex> {
    @Override
    public Regex deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      if (!p.currentToken().isScalarValue()) {
        throw JsonMappingException.from(p, "expected a regular expression");
      }
      String src = p.getText();
      try {
        return Regex.compile(src);
      } catch (PatternSyntaxException e) {
        throw JsonMappingException.from(p, "bad regular expression " + quote(src) + ": "
            + e.getDescription() + " (RE2 syntax: no look-around or back-references)");
      }
    }
  }

  /** Reads versions as written ({@code 3.10} stays 3.10, not the number 3.1). */
  static final class VersionDeserializer extends JsonDeserializer<PythonVersion> {
    @Override
    public PythonVersion deserialize(JsonParser p, DeserializationContext ctx)
        throws IOException {
      String text = p.getText();
      try {
        return PythonVersion.parse(text);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, "bad Python version '" + text + "' (use 3.9)");
      }
    }
  }

  private static String quote(String s) {
    return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
  }

}
