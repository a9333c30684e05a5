package org.notelint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.notelint.dedupe.Cluster;
import org.notelint.dedupe.ContentUnit;
import org.notelint.merge.Guide;
import org.notelint.merge.Guide.Account;
import org.notelint.merge.Guide.Fate;
import org.notelint.merge.Guide.Part;
import org.notelint.model.Category;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;
import org.notelint.model.RuleInfo;
import org.notelint.model.Severity;

/**
 * The machine-readable report ({@code report.json}, {@code check --format json}). Its shape is
 * the JSON Schema {@code org/notelint/report/notelint-report.schema.json}; {@link
 * #SCHEMA_VERSION} changes its major number when a field is removed or changes meaning, its
 * minor number when one is added.
 */
public final class JsonReport {
  public static final String SCHEMA_VERSION = "1.0";
  /** The schema's location inside the jar (and in {@code src/main/resources}). */
  public static final String SCHEMA_RESOURCE = "org/notelint/report/notelint-report.schema.json";

  private JsonReport() {}

  public static String write(ReportData r) {
    return Json.toText(out -> write(r, out));
  }

  /**
   * Writes the report to {@code out} piece by piece (a finding, a cluster, an accounting entry
   * at a time), so a report of hundreds of megabytes is never held whole in memory.
   */
  public static void write(ReportData r, OutputStream out) throws IOException {
    JsonGenerator g = Json.generator(out);
    g.writeStartObject();
    g.writeStringField("schemaVersion", SCHEMA_VERSION);
    ObjectNode tool = Json.object();
    tool.put("name", "notelint");
    tool.put("version", r.version());
    g.writeFieldName("tool");
    g.writeTree(tool);
    g.writeStringField("command", r.command());
    ObjectNode settings = Json.object();
    settings.put("python", r.settings().python());
    settings.put("grammar", r.settings().grammar());
    settings.put("lang", r.settings().lang());
    settings.put("failOn", r.settings().failOn());
    if (r.settings().baseline() != null) {
      settings.put("baseline", r.settings().baseline());
    }
    g.writeFieldName("settings");
    g.writeTree(settings);
    g.writeStringField("root", r.root());
    ArrayNode files = Json.NODES.arrayNode();
    files(files, r);
    g.writeFieldName("files");
    g.writeTree(files);
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      g.writeTree(finding(f, r.rules().get(f.ruleId())));
    }
    g.writeEndArray();
    ArrayNode rules = Json.NODES.arrayNode();
    for (RuleInfo ri : r.rulesUsed()) {
      ObjectNode o = rules.addObject();
      o.put("id", ri.id());
      o.put("name", ri.name());
      o.put("severity", ri.severity().label());
      o.put("category", ri.category().label());
      o.put("summary", ri.summary());
    }
    g.writeFieldName("rules");
    g.writeTree(rules);
    g.writeArrayFieldStart("clusters");
    for (Cluster c : r.clusters()) {
      g.writeTree(cluster(c));
    }
    g.writeEndArray();
    if (r.guide() != null) {
      ArrayNode topics = Json.NODES.arrayNode();
      topics(topics, r.guide().parts(), null);
      g.writeFieldName("topics");
      g.writeTree(topics);
      g.writeFieldName("accounting");
      accounting(g, r.guide());
      g.writeArrayFieldStart("fixes");
      for (Guide.Correction c : r.guide().corrections()) {
        ObjectNode o = Json.object();
        o.put("file", c.file());
        Json.span(o, c.span());
        o.put("ruleId", c.ruleId());
        o.put("before", c.before());
        o.put("after", c.after());
        g.writeTree(o);
      }
      g.writeEndArray();
    }
    ObjectNode stats = Json.object();
    stats(stats, r);
    g.writeFieldName("stats");
    g.writeTree(stats);
    g.writeEndObject();
    Json.end(g, out);
  }

  private static void files(ArrayNode out, ReportData r) {
    Map<String, List<Finding>> byFile = r.byFile();
    for (NoteDocument d : r.docs()) {
      ObjectNode o = out.addObject();
      o.put("path", d.path());
      o.put("format", d.format().label());
      o.put("lines", d.lineCount());
      o.put("bytes", d.bytes());
      o.put("findings", byFile.getOrDefault(d.path(), List.of()).size());
    }
  }

  static ObjectNode finding(Finding f, RuleInfo rule) {
    ObjectNode o = Json.object();
    o.put("ruleId", f.ruleId());
    o.put("rule", rule == null ? f.ruleId() : rule.name());
    o.put("severity", f.severity().label());
    o.put("category", f.category().label());
    o.put("message", f.message());
    o.put("file", f.file());
    Json.span(o, f.span());
    if (f.fix() != null) {
      ObjectNode fix = o.putObject("fix");
      fix.put("description", f.fix().description());
      fix.put("replacement", f.fix().replacement());
    }
    if (!f.related().isEmpty()) {
      ArrayNode rel = o.putArray("related");
      for (Finding.Location l : f.related()) {
        ObjectNode lo = rel.addObject();
        lo.put("file", l.file());
        Json.span(lo, l.span());
        lo.put("message", l.message());
      }
    }
    return o;
  }

  private static ObjectNode cluster(Cluster c) {
    ObjectNode o = Json.object();
    o.put("id", c.id());
    o.put("kind", c.kind().label());
    ArrayNode members = o.putArray("members");
    for (Cluster.Member m : c.members()) {
      ContentUnit u = m.unit();
      ObjectNode mo = members.addObject();
      mo.put("file", u.file());
      mo.put("unit", u.kind().label());
      mo.put("line", u.span().startLine());
      mo.put("endLine", u.span().endLine());
      mo.put("section", u.section());
      mo.put("similarity", round(m.similarity()));
      mo.put("contained", round(m.contained()));
      mo.put("text", u.text());
    }
    return o;
  }

  /** Three decimals: enough to compare, and the same bytes on every machine. */
  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  private static void topics(ArrayNode out, List<Part> parts, String parent) {
    for (Part p : parts) {
      ObjectNode o = out.addObject();
      o.put("id", p.topic().id());
      o.put("title", p.topic().title());
      o.put("anchor", p.anchor());
      if (parent == null) {
        o.putNull("parent");
      } else {
        o.put("parent", parent);
      }
      o.put("entries", p.entryCount());
      ArrayNode sources = o.putArray("sources");
      p.sources().forEach(sources::add);
      topics(out, p.children(), p.topic().id());
    }
  }

  private static void accounting(JsonGenerator out, Guide g) throws IOException {
    Map<Fate, Integer> n = new EnumMap<>(Fate.class);
    for (Fate f : Fate.values()) {
      n.put(f, 0);
    }
    for (Account a : g.accounts()) {
      n.merge(a.fate(), 1, Integer::sum);
    }
    out.writeStartObject();
    out.writeNumberField("units", g.accounts().size());
    out.writeNumberField("kept", n.get(Fate.KEPT));
    out.writeNumberField("duplicate", n.get(Fate.DUPLICATE));
    out.writeNumberField("heldBack", n.get(Fate.HELD_BACK));
    out.writeNumberField("dropped", n.get(Fate.DROPPED));
    out.writeArrayFieldStart("entries");
    for (Account a : g.accounts()) {
      ObjectNode u = Json.object();
      u.put("file", a.file());
      u.put("line", a.span().startLine());
      u.put("endLine", a.span().endLine());
      u.put("kind", a.kind());
      u.put("fate", fateLabel(a.fate()));
      u.put("detail", a.detail());
      u.put("topic", a.topic());
      u.put("section", a.section());
      u.put("excerpt", a.excerpt());
      out.writeTree(u);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** The fate as a JSON word: kept, duplicate, heldBack, dropped. */
  static String fateLabel(Fate f) {
    return switch (f) {
      case KEPT -> "kept";
      case DUPLICATE -> "duplicate";
      case HELD_BACK -> "heldBack";
      case DROPPED -> "dropped";
    };
  }

  private static void stats(ObjectNode o, ReportData r) {
    o.put("files", r.docs().size());
    long lines = 0;
    long bytes = 0;
    for (NoteDocument d : r.docs()) {
      lines += d.lineCount();
      bytes += d.bytes();
    }
    o.put("lines", lines);
    o.put("bytes", bytes);
    o.put("findings", r.findings().size());
    o.put("baselined", r.baselined());
    ObjectNode sev = o.putObject("bySeverity");
    for (Map.Entry<Severity, Integer> e : r.bySeverity().entrySet()) {
      sev.put(e.getKey().label(), e.getValue());
    }
    Map<Category, Integer> cats = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      cats.put(c, 0);
    }
    for (Finding f : r.findings()) {
      cats.merge(f.category(), 1, Integer::sum);
    }
    ObjectNode cat = o.putObject("byCategory");
    cats.forEach((k, v) -> cat.put(k.label(), v));
    o.put("clusters", r.clusters().size());
    List<Integer> sizes = new ArrayList<>();
    r.clusters().forEach(c -> sizes.add(c.members().size() - 1));
    o.put("duplicateUnits", sizes.stream().mapToInt(Integer::intValue).sum());
  }
}
