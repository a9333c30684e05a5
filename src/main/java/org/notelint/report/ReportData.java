package org.notelint.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.notelint.dedupe.Cluster;
import org.notelint.merge.Guide;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;
import org.notelint.model.RuleInfo;
import org.notelint.model.Severity;
import org.notelint.prose.LanguageToolRules;

/**
 * Everything a report shows, gathered once so that every format says the same thing.
 *
 * @param version notelint's version
 * @param command {@code check} or {@code build}
 * @param settings what the run was asked to do
 * @param root how the input root is reached from the working directory ({@code "input/"}, or
 *     {@code ""} when it is the working directory); prefixed to file paths where a tool
 *     outside notelint resolves them (SARIF, JUnit, GitHub annotations)
 * @param docs the notes read, in path order
 * @param findings the findings reported (after a baseline, if any), in report order
 * @param baselined how many findings a baseline accepted (not in {@code findings})
 * @param rules what every rule says about itself, by id (LanguageTool rules are described
 *     from their findings)
 * @param clusters the duplicate clusters
 * @param guide the guide, or null for {@code check}
 * @param sources the lines of every note, for excerpts and baseline keys
 */
public record ReportData(String version, String command, Settings settings, String root,
    List<NoteDocument> docs, List<Finding> findings, int baselined, Map<String, RuleInfo> rules,
    List<Cluster> clusters, Guide guide, SourceLines sources) {

  /** The run's settings, as the reports record them. */
  public record Settings(String python, boolean grammar, String lang, String failOn,
      String baseline) {}

  public ReportData {
    docs = List.copyOf(docs);
    findings = List.copyOf(findings);
    rules = Map.copyOf(rules);
    clusters = List.copyOf(clusters);
  }

  /** The report of a run over {@code docs}; the lines of each note are split when asked for. */
  public static ReportData of(String version, String command, Settings settings, String root,
      List<NoteDocument> docs, List<Finding> findings, int baselined,
      Map<String, RuleInfo> rules, List<Cluster> clusters, Guide guide) {
    return new ReportData(version, command, settings, root, docs, findings, baselined, rules,
        clusters, guide, new SourceLines(docs));
  }

  /** Rule descriptions from {@code known}, plus any rule a finding names that is not there. */
  public static Map<String, RuleInfo> describe(List<RuleInfo> known, List<Finding> findings) {
    Map<String, RuleInfo> out = new LinkedHashMap<>();
    for (RuleInfo r : known) {
      out.put(r.id(), r);
    }
    for (Finding f : findings) {
      out.computeIfAbsent(f.ruleId(), id -> LanguageToolRules.info(
          id.startsWith("LT:") ? id.substring(3) : id, f.severity(), f.category(), null));
    }
    return out;
  }

  /** The rules findings name, sorted by id. */
  public List<RuleInfo> rulesUsed() {
    return findings.stream().map(Finding::ruleId).distinct().sorted()
        .map(rules::get).toList();
  }

  /** The text of line {@code line} (1-based) of {@code file}, or "" when there is none. */
  public String line(String file, int line) {
    return sources.line(file, line);
  }

  /** Findings counted by severity, most severe first, every severity present. */
  public Map<Severity, Integer> bySeverity() {
    Map<Severity, Integer> n = new LinkedHashMap<>();
    for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.NOTE}) {
      n.put(s, 0);
    }
    for (Finding f : findings) {
      n.merge(f.severity(), 1, Integer::sum);
    }
    return n;
  }

  /** Findings by file, for every file read (files with none map to an empty list). */
  public Map<String, List<Finding>> byFile() {
    Map<String, List<Finding>> out = new LinkedHashMap<>();
    for (NoteDocument d : docs) {
      out.put(d.path(), new ArrayList<>());
    }
    for (Finding f : findings) {
      out.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }
}
