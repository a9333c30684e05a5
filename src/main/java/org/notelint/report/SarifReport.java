package org.notelint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.notelint.model.Finding;
import org.notelint.model.RuleInfo;
import org.notelint.model.SourceSpan;

/**
 * SARIF 2.1.0 ({@code report.sarif}, {@code check --format sarif}) as the design's report
 * contract asks: every rule with its category as {@code properties.tags}, results with their
 * location, the other members of a duplicate cluster as {@code relatedLocations}, safe fixes as
 * {@code fixes}. Artifact URIs are relative to the working directory (the repository root in
 * CI), which is what code-scanning uploads resolve them against.
 */
public final class SarifReport {
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  /** The key of notelint's own fingerprint in {@code partialFingerprints}. */
  public static final String FINGERPRINT = "notelintLineHash/v1";

  private SarifReport() {}

  /** The log; {@code allRules} are listed in the driver even when nothing triggered them. */
  public static String write(ReportData r, List<RuleInfo> allRules) {
    return Json.toText(out -> write(r, allRules, out));
  }

  /** Writes the log to {@code out} a result at a time (it can run to hundreds of megabytes). */
  public static void write(ReportData r, List<RuleInfo> allRules, OutputStream out)
      throws IOException {
    JsonGenerator g = Json.generator(out);
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    ObjectNode tool = Json.object();
    ObjectNode driver = tool.putObject("driver");
    driver.put("name", "notelint");
    driver.put("version", r.version());
    driver.put("semanticVersion", r.version());
    List<RuleInfo> rules = new ArrayList<>(allRules);
    for (RuleInfo used : r.rulesUsed()) {
      if (rules.stream().noneMatch(k -> k.id().equals(used.id()))) {
        rules.add(used);
      }
    }
    rules.sort(java.util.Comparator.comparing(RuleInfo::id));
    Map<String, Integer> index = new HashMap<>();
    ArrayNode rulesOut = driver.putArray("rules");
    for (RuleInfo ri : rules) {
      index.put(ri.id(), index.size());
      rulesOut.add(rule(ri));
    }
    g.writeFieldName("tool");
    g.writeTree(tool);
    g.writeStringField("columnKind", "utf16CodeUnits");
    g.writeArrayFieldStart("results");
    List<String> keys = Fingerprints.of(r.findings(), r.sources());
    for (int i = 0; i < r.findings().size(); i++) {
      Finding f = r.findings().get(i);
      g.writeTree(result(f, index.get(f.ruleId()), keys.get(i), r));
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    Json.end(g, out);
  }

  private static ObjectNode rule(RuleInfo ri) {
    ObjectNode o = Json.object();
    o.put("id", ri.id());
    o.put("name", ri.name());
    o.putObject("shortDescription").put("text", ri.summary());
    o.putObject("fullDescription").put("text", ri.rationale().isBlank() ? ri.summary()
        : ri.rationale());
    String help = helpUri(ri);
    if (help != null) {
      o.put("helpUri", help);
    }
    StringBuilder text = new StringBuilder(ri.rationale().isBlank() ? ri.summary()
        : ri.rationale());
    if (!ri.references().isEmpty()) {
      text.append("\n\nReferences:");
      ri.references().forEach(ref -> text.append("\n- ").append(ref));
    }
    o.putObject("help").put("text", text.toString());
    o.putObject("defaultConfiguration").put("level", level(ri.severity()));
    ObjectNode props = o.putObject("properties");
    props.putArray("tags").add(ri.category().label());
    props.put("category", ri.category().label());
    return o;
  }

  /** The first reference that is a web address (https, else http), or null. */
  static String helpUri(RuleInfo ri) {
    String secure = address(ri, "https://");
    return secure != null ? secure : address(ri, "http://");
  }

  private static String address(RuleInfo ri, String scheme) {
    for (String ref : ri.references()) {
      int at = ref.indexOf(scheme);
      if (at >= 0) {
        String u = ref.substring(at).split("[\\s)>\\]]", 2)[0];
        try {
          return new URI(u).toASCIIString();
        } catch (URISyntaxException e) {
          // not a usable address: try the next reference
        }
      }
    }
    return null;
  }

  private static String level(org.notelint.model.Severity s) {
    return s.label(); // error, warning, note: the SARIF levels have the same names
  }

  private static ObjectNode result(Finding f, int ruleIndex, String key, ReportData r) {
    ObjectNode o = Json.object();
    o.put("ruleId", f.ruleId());
    o.put("ruleIndex", ruleIndex);
    o.put("level", level(f.severity()));
    o.putObject("message").put("text", f.message());
    ObjectNode loc = o.putArray("locations").addObject();
    loc.set("physicalLocation", physical(r.root() + f.file(), f.span(),
        r.line(f.file(), f.span().startLine())));
    o.putObject("partialFingerprints").put(FINGERPRINT, key);
    if (!f.related().isEmpty()) {
      ArrayNode rel = o.putArray("relatedLocations");
      int id = 1;
      for (Finding.Location l : f.related()) {
        ObjectNode lo = rel.addObject();
        lo.put("id", id++);
        lo.set("physicalLocation", physical(r.root() + l.file(), l.span(), null));
        lo.putObject("message").put("text", l.message());
      }
    }
    if (f.fix() != null) {
      ObjectNode fix = o.putArray("fixes").addObject();
      fix.putObject("description").put("text", f.fix().description());
      ObjectNode change = fix.putArray("artifactChanges").addObject();
      change.putObject("artifactLocation").put("uri", uri(r.root() + f.file()));
      ObjectNode rep = change.putArray("replacements").addObject();
      rep.set("deletedRegion", region(f.span(), null));
      rep.putObject("insertedContent").put("text", f.fix().replacement());
    }
    ObjectNode props = o.putObject("properties");
    props.putArray("tags").add(f.category().label());
    return o;
  }

  private static ObjectNode physical(String path, SourceSpan span, String snippet) {
    ObjectNode p = Json.object();
    p.putObject("artifactLocation").put("uri", uri(path));
    p.set("region", region(span, snippet));
    return p;
  }

  private static ObjectNode region(SourceSpan s, String snippet) {
    ObjectNode g = Json.object();
    g.put("startLine", s.startLine());
    g.put("startColumn", s.startColumn());
    g.put("endLine", s.endLine());
    g.put("endColumn", s.endColumn());
    if (snippet != null && !snippet.isEmpty()) {
      g.putObject("snippet").put("text", snippet);
    }
    return g;
  }

  /** A relative URI reference for {@code path}: spaces and non-ASCII percent-encoded. */
  static String uri(String path) {
    try {
      String u = new URI(null, null, path, null).toASCIIString();
      // A first segment with a colon would read as a scheme ("c:notes.md"): anchor it.
      int colon = u.indexOf(':');
      int slash = u.indexOf('/');
      return colon >= 0 && (slash < 0 || colon < slash) ? "./" + u : u;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(path, e);
    }
  }
}
