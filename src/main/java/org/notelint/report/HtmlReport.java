package org.notelint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.notelint.dedupe.Cluster;
import org.notelint.dedupe.ContentUnit;
import org.notelint.merge.Guide;
import org.notelint.merge.Guide.Account;
import org.notelint.merge.Guide.Fate;
import org.notelint.model.Category;
import org.notelint.model.Finding;
import org.notelint.model.Severity;
import org.notelint.model.SourceSpan;
import org.owasp.encoder.Encode;

/**
 * The review page ({@code report.html}): one self-contained file with inline CSS and script
 * and no external request. Summary counts; findings with their source excerpt, filterable by
 * severity, category, rule, file and text; duplicate clusters side by side with the differing
 * words marked; the topic map; the held-back, dropped and corrected lists.
 *
 * <p>Every piece of note text is escaped for its context with the OWASP Java Encoder, and the
 * page's Content-Security-Policy allows only its own script (by hash), so a note holding
 * {@code <script>} or an {@code onerror=} attribute cannot run anything in the page.
 */
public final class HtmlReport {
  /** Lines shown above and below a finding's line in its excerpt. */
  static final int CONTEXT = 1;
  /** Longest excerpt line shown in full; longer ones are cut around the finding. */
  static final int MAX_LINE = 240;

  /** Where the page goes: the builder is emptied into it every megabyte or so. */
  private final java.io.Writer out;

  private HtmlReport(java.io.Writer out) {
    this.out = out;
  }

  /** The page as one string (tests, small reports). */
  public static String write(ReportData r) {
    java.io.StringWriter sw = new java.io.StringWriter();
    new HtmlReport(sw).render(r);
    return sw.toString();
  }

  /**
   * The page written to {@code os} a piece at a time, so a report of a large corpus (tens of
   * megabytes) is never held whole in memory.
   */
  public static void write(ReportData r, java.io.OutputStream os) throws java.io.IOException {
    java.io.Writer w = new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    try {
      new HtmlReport(w).render(r);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
  }

  /** Empties {@code b} into the output once it holds a megabyte. */
  private void spill(StringBuilder b) {
    if (b.length() >= 1 << 20) {
      try {
        out.append(b);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      b.setLength(0);
    }
  }

  private void render(ReportData r) {
    StringBuilder b = new StringBuilder(1 << 16);
    String script = SCRIPT;
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src '").append(sha256(script))
        .append("'; img-src data:\">\n")
        .append("<title>notelint report</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    header(b, r);
    findings(b, r);
    clusters(b, r);
    if (r.guide() != null) {
      topicMap(b, r.guide());
      accounts(b, r.guide(), Fate.HELD_BACK, "held-back", "Held back from the guide",
          "Units with a factual, structural or encoding finding that has no safe fix.", "rules");
      accounts(b, r.guide(), Fate.DROPPED, "dropped", "Dropped as noise",
          "Units left out of the guide, each with the reason.", "reason");
      corrections(b, r.guide());
    }
    b.append("<footer>notelint ").append(h(r.version()))
        .append(" &middot; every note's text on this page is escaped; the page loads nothing")
        .append(" from the network.</footer>\n");
    b.append("<script>").append(script).append("</script>\n</body>\n</html>\n");
    try {
      out.append(b);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Inline code in a title: an RST role (:keyword:`!for`), ``literal`` or `code`. */
  private static final java.util.regex.Pattern TITLE_CODE = java.util.regex.Pattern.compile(
      "(?::[\\w:+.-]+:)?(`+)([^`]+?)\\1");

  /**
   * A heading path escaped for HTML, its inline code shown as code without the markup that
   * wrote it: ":keyword:`!for` Statements" reads as <code>for</code> Statements (RST's "!"
   * and "~" only steer linking).
   */
  static String withCode(String s) {
    java.util.regex.Matcher m = TITLE_CODE.matcher(s);
    StringBuilder out = new StringBuilder();
    int pos = 0;
    while (m.find()) {
      out.append(h(s.substring(pos, m.start())));
      String code = m.group(2);
      if (m.group().startsWith(":") && (code.startsWith("!") || code.startsWith("~"))) {
        code = code.substring(1);
      }
      out.append("<code>").append(h(code)).append("</code>");
      pos = m.end();
    }
    return out.append(h(s.substring(pos))).toString();
  }

  private static String h(String s) {
    return Encode.forHtml(s);
  }

  private static String attr(String s) {
    return Encode.forHtmlAttribute(s);
  }

  private static void header(StringBuilder b, ReportData r) {
    b.append("<header>\n<h1>notelint report</h1>\n<p class=\"meta\">")
        .append(h(r.command())).append(" of ").append(r.docs().size())
        .append(r.docs().size() == 1 ? " note" : " notes").append(" in <code>")
        .append(h(r.root().isEmpty() ? "." : r.root())).append("</code> &middot; Python ")
        .append(h(r.settings().python())).append(" &middot; grammar ")
        .append(r.settings().grammar() ? "on (" + h(r.settings().lang()) + ")" : "off")
        .append(" &middot; fails on ").append(h(r.settings().failOn()));
    if (r.baselined() > 0) {
      b.append(" &middot; ").append(r.baselined()).append(" findings accepted by the baseline");
    }
    b.append("</p>\n<nav><a href=\"#findings\">Findings</a> <a href=\"#duplicates\">Duplicates</a>");
    if (r.guide() != null) {
      b.append(" <a href=\"#topics\">Topic map</a> <a href=\"#held-back\">Held back</a>")
          .append(" <a href=\"#dropped\">Dropped</a> <a href=\"#corrected\">Corrected</a>");
    }
    b.append("</nav>\n<div class=\"cards\">\n");
    b.append("<div class=\"card\"><b>").append(r.findings().size()).append("</b> findings</div>\n");
    for (Map.Entry<Severity, Integer> e : r.bySeverity().entrySet()) {
      b.append("<button type=\"button\" class=\"card sev-").append(e.getKey().label())
          .append("\" data-set=\"sev\" data-value=\"").append(e.getKey().label())
          .append("\"><b>").append(e.getValue()).append("</b> ").append(e.getKey().label())
          .append(e.getValue() == 1 ? "" : "s").append("</button>\n");
    }
    b.append("<div class=\"card\"><b>").append(r.clusters().size())
        .append("</b> duplicate clusters</div>\n");
    if (r.guide() != null) {
      Map<Fate, Integer> n = new LinkedHashMap<>();
      for (Fate f : Fate.values()) {
        n.put(f, 0);
      }
      r.guide().accounts().forEach(a -> n.merge(a.fate(), 1, Integer::sum));
      b.append("<div class=\"card\"><b>").append(r.guide().accounts().size())
          .append("</b> units: ");
      String sep = "";
      for (Map.Entry<Fate, Integer> e : n.entrySet()) {
        b.append(sep).append(e.getValue()).append(' ').append(e.getKey().label());
        sep = ", ";
      }
      b.append("</div>\n");
    }
    b.append("</div>\n<p class=\"cats\">");
    Map<Category, Integer> cats = new TreeMap<>();
    r.findings().forEach(f -> cats.merge(f.category(), 1, Integer::sum));
    for (Map.Entry<Category, Integer> e : cats.entrySet()) {
      b.append("<button type=\"button\" class=\"chip\" data-set=\"cat\" data-value=\"")
          .append(attr(e.getKey().label())).append("\">").append(h(e.getKey().label()))
          .append(" <b>").append(e.getValue()).append("</b></button> ");
    }
    b.append("</p>\n</header>\n");
  }

  private void findings(StringBuilder b, ReportData r) {
    b.append("<section id=\"findings\">\n<h2>Findings</h2>\n<form class=\"filters\" ")
        .append("onsubmit=\"return false\">\n");
    TreeSet<String> rules = new TreeSet<>();
    TreeSet<String> files = new TreeSet<>();
    TreeSet<String> cats = new TreeSet<>();
    for (Finding f : r.findings()) {
      rules.add(f.ruleId());
      files.add(f.file());
      cats.add(f.category().label());
    }
    select(b, "sev", "severity", List.of("error", "warning", "note"));
    select(b, "cat", "category", new ArrayList<>(cats));
    select(b, "rule", "rule", new ArrayList<>(rules));
    select(b, "file", "file", new ArrayList<>(files));
    b.append("<label>text <input id=\"f-q\" type=\"search\" placeholder=\"words in the ")
        .append("message or excerpt\"></label>\n<button type=\"button\" id=\"f-reset\">")
        .append("show all</button>\n<output id=\"f-count\">").append(r.findings().size())
        .append(" of ").append(r.findings().size()).append(" findings shown</output>\n")
        .append("</form>\n");
    if (r.findings().isEmpty()) {
      b.append("<p>No findings.</p>\n</section>\n");
      return;
    }
    b.append("<table class=\"findings\">\n<thead><tr><th>where</th><th>severity</th>")
        .append("<th>rule</th><th>message and source</th></tr></thead>\n<tbody>\n");
    for (Finding f : r.findings()) {
      b.append("<tr data-sev=\"").append(f.severity().label()).append("\" data-cat=\"")
          .append(attr(f.category().label())).append("\" data-rule=\"").append(attr(f.ruleId()))
          .append("\" data-file=\"").append(attr(f.file())).append("\">")
          .append("<td class=\"loc\">").append(h(f.file())).append(':')
          .append(f.span().startLine()).append(':').append(f.span().startColumn())
          .append("</td><td><span class=\"sev sev-").append(f.severity().label()).append("\">")
          .append(f.severity().label()).append("</span></td><td><code>").append(h(f.ruleId()))
          .append("</code><br><small>").append(h(f.category().label())).append("</small></td>")
          .append("<td><p>").append(h(f.message())).append("</p>");
      if (f.fix() != null) {
        b.append("<p class=\"fix\">fix: ").append(h(f.fix().description()))
            .append(" &rarr; <code>").append(h(f.fix().replacement())).append("</code></p>");
      }
      excerpt(b, r, f.file(), f.span());
      if (!f.related().isEmpty()) {
        b.append("<p class=\"related\">also: ");
        String sep = "";
        for (Finding.Location l : f.related()) {
          b.append(sep).append(h(l.file())).append(':').append(l.span().startLine());
          sep = ", ";
        }
        b.append("</p>");
      }
      b.append("</td></tr>\n");
      spill(b);
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static void select(StringBuilder b, String id, String label, List<String> values) {
    b.append("<label>").append(label).append(" <select id=\"f-").append(id)
        .append("\"><option value=\"\">all</option>");
    for (String v : values) {
      b.append("<option value=\"").append(attr(v)).append("\">").append(h(v))
          .append("</option>");
    }
    b.append("</select></label>\n");
  }

  /** The flagged lines with a line of context each side, the flagged part marked. */
  private static void excerpt(StringBuilder b, ReportData r, String file, SourceSpan s) {
    String[] lines = r.sources().lines(file);
    if (lines.length == 0 || s.startLine() > lines.length) {
      return;
    }
    int from = Math.max(1, s.startLine() - CONTEXT);
    int to = Math.min(lines.length, Math.min(s.endLine(), s.startLine() + 4) + CONTEXT);
    b.append("<pre class=\"src\">");
    for (int n = from; n <= to; n++) {
      String line = lines[n - 1];
      boolean hit = s.containsLine(n);
      b.append("<span class=\"ln").append(hit ? " hit" : "").append("\">")
          .append(String.format(java.util.Locale.ROOT, "%5d", n)).append("</span> ");
      int a = 0;
      int z = 0;
      if (hit) {
        a = n == s.startLine() ? Math.min(line.length(), s.startColumn() - 1) : 0;
        z = n == s.endLine() ? Math.min(line.length(), Math.max(a, s.endColumn() - 1))
            : line.length();
      }
      int cutFrom = 0;
      int cutTo = line.length();
      if (line.length() > MAX_LINE) {
        cutFrom = Math.max(0, Math.min(a, line.length()) - MAX_LINE / 3);
        cutTo = Math.min(line.length(), cutFrom + MAX_LINE);
      }
      a = Math.max(cutFrom, Math.min(a, cutTo));
      z = Math.max(a, Math.min(z, cutTo));
      b.append(cutFrom > 0 ? "&hellip;" : "").append(h(line.substring(cutFrom, a)));
      if (z > a) {
        b.append("<mark>").append(h(line.substring(a, z))).append("</mark>");
      }
      b.append(h(line.substring(z, cutTo))).append(cutTo < line.length() ? "&hellip;" : "")
          .append('\n');
    }
    b.append("</pre>");
  }

  private void clusters(StringBuilder b, ReportData r) {
    b.append("<section id=\"duplicates\">\n<h2>Duplicate clusters</h2>\n");
    if (r.clusters().isEmpty()) {
      b.append("<p>No duplicates.</p>\n</section>\n");
      return;
    }
    b.append("<p>Each cluster's copies side by side; words that differ from the first copy ")
        .append("are <mark>marked</mark>.</p>\n");
    for (Cluster c : r.clusters()) {
      ContentUnit first = c.first();
      b.append("<details class=\"cluster\"><summary><code>").append(h(c.id()))
          .append("</code> ").append(c.kind().label()).append(", ").append(c.members().size())
          .append(" copies: ");
      String sep = "";
      for (Cluster.Member m : c.members()) {
        b.append(sep).append(h(m.unit().file())).append(':')
            .append(m.unit().span().startLine());
        sep = ", ";
      }
      b.append("</summary>\n<div class=\"side\">\n");
      for (Cluster.Member m : c.members()) {
        ContentUnit u = m.unit();
        b.append("<div class=\"copy\"><p class=\"loc\">").append(h(u.file())).append(':')
            .append(u.span().lineRange());
        if (!u.section().isEmpty()) {
          b.append(" &middot; ").append(h(u.section()));
        }
        b.append(" &middot; ").append((int) Math.floor(m.similarity() * 100 + 1e-9))
            .append("% alike</p><pre>");
        if (u == first) {
          b.append(h(u.text()));
        } else {
          for (WordDiff.Piece p : WordDiff.mark(u.text(), first.text())) {
            // The whitespace after changed words (line ends, the next line's indent) is
            // not marked: only the words.
            String words = p.text().stripTrailing();
            b.append(p.changed() && !words.isBlank() ? "<mark>" + h(words) + "</mark>"
                + h(p.text().substring(words.length())) : h(p.text()));
          }
        }
        b.append("</pre></div>\n");
      }
      b.append("</div></details>\n");
      spill(b);
    }
    b.append("</section>\n");
  }

  /** Guide topic by topic: which sections of which notes went into it. */
  private void topicMap(StringBuilder b, Guide g) {
    b.append("<section id=\"topics\">\n<h2>Topic map</h2>\n<p>Which sections of which notes ")
        .append("went into which topic of the guide (kept units; their lines).</p>\n")
        .append("<table class=\"topics\">\n<thead><tr><th>guide topic</th><th>from</th></tr>")
        .append("</thead>\n<tbody>\n");
    Map<String, String> anchors = new LinkedHashMap<>();
    Map<String, Map<String, TreeSet<Integer>>> map = new LinkedHashMap<>();
    List<Account> kept = g.accounts().stream()
        .filter(a -> a.fate() == Fate.KEPT && !a.topic().isEmpty()).toList();
    List<String> order = new ArrayList<>();
    collect(g.parts(), order, anchors);
    for (String t : order) {
      map.put(t, new LinkedHashMap<>());
    }
    for (Account a : kept) {
      String where = a.file() + (a.section().isEmpty() ? "" : " \u203a " + a.section());
      map.computeIfAbsent(a.topic(), k -> new LinkedHashMap<>())
          .computeIfAbsent(where, k -> new TreeSet<>()).add(a.span().startLine());
    }
    for (Map.Entry<String, Map<String, TreeSet<Integer>>> e : map.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      String anchor = anchors.getOrDefault(e.getKey(), "");
      b.append("<tr><td>");
      if (anchor.isEmpty()) {
        b.append(h(e.getKey()));
      } else {
        b.append("<a href=\"guide.html").append(attr(anchor)).append("\">").append(h(e.getKey()))
            .append("</a>");
      }
      b.append("</td><td><ul>");
      for (Map.Entry<String, TreeSet<Integer>> w : e.getValue().entrySet()) {
        b.append("<li>").append(withCode(w.getKey())).append(" <small>(lines ")
            .append(ranges(w.getValue())).append(")</small></li>");
      }
      b.append("</ul></td></tr>\n");
      spill(b);
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  /** The topics' titles in guide order, and each one's heading anchor ({@code #gil}). */
  private static void collect(List<Guide.Part> parts, List<String> out,
      Map<String, String> anchors) {
    for (Guide.Part p : parts) {
      out.add(p.topic().title());
      anchors.put(p.topic().title(), "#" + p.anchor());
      collect(p.children(), out, anchors);
    }
  }

  /** {@code 3, 7-9, 12}: runs of consecutive numbers joined. */
  static String ranges(TreeSet<Integer> lines) {
    return String.join(", ", org.notelint.util.LineRanges.fold(lines, "-"));
  }


  private void accounts(StringBuilder b, Guide g, Fate fate, String id, String title,
      String intro, String detailLabel) {
    List<Account> list = g.accounts().stream().filter(a -> a.fate() == fate).toList();
    b.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append(" (")
        .append(list.size()).append(")</h2>\n<p>").append(intro).append("</p>\n");
    if (list.isEmpty()) {
      b.append("<p>None.</p>\n</section>\n");
      return;
    }
    b.append("<table>\n<thead><tr><th>where</th><th>kind</th><th>").append(detailLabel)
        .append("</th><th>text</th></tr></thead>\n<tbody>\n");
    for (Account a : list) {
      b.append("<tr><td class=\"loc\">").append(h(a.file())).append(':')
          .append(a.span().lineRange()).append("</td><td>").append(h(a.kind()))
          .append("</td><td>").append(h(a.detail())).append("</td><td><pre>")
          .append(h(a.excerpt())).append("</pre></td></tr>\n");
      spill(b);
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private void corrections(StringBuilder b, Guide g) {
    b.append("<section id=\"corrected\">\n<h2>Corrected in the guide (")
        .append(g.corrections().size()).append(")</h2>\n");
    if (g.corrections().isEmpty()) {
      b.append("<p>None.</p>\n</section>\n");
      return;
    }
    b.append("<table>\n<thead><tr><th>where</th><th>rule</th><th>before</th><th>after</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Guide.Correction c : g.corrections()) {
      b.append("<tr><td class=\"loc\">").append(h(c.file())).append(':')
          .append(c.span().startLine()).append(':').append(c.span().startColumn())
          .append("</td><td><code>").append(h(c.ruleId())).append("</code></td><td><del>")
          .append(h(c.before())).append("</del></td><td><ins>").append(h(c.after()))
          .append("</ins></td></tr>\n");
      spill(b);
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  /** {@code sha256-...}: the CSP source that allows exactly this inline script. */
  static String sha256(String script) {
    try {
      return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
          .digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String CSS = """
      :root{--fg:#1d2430;--muted:#5b6675;--line:#d9dee5;--bg:#fff;--err:#b42318;--warn:#a15c00;
      --note:#2458a6;--mark:#fff1a8}
      *{box-sizing:border-box}
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);
      background:var(--bg);margin:0 auto;max-width:1200px;padding:1rem 1.5rem 3rem}
      h1{margin:.2rem 0}h2{border-bottom:1px solid var(--line);padding-bottom:.2rem;
      margin-top:2.2rem}
      .meta{color:var(--muted);margin:.2rem 0 .6rem}nav a{margin-right:1rem}
      .cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:.8rem 0}
      .card{border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;background:#f7f8fa;
      font:inherit;color:inherit}
      button.card,.chip{cursor:pointer}.card b{font-size:1.2rem;margin-right:.2rem}
      .chip{border:1px solid var(--line);border-radius:999px;padding:.1rem .6rem;background:#fff;
      font:inherit;margin:.1rem}
      .sev-error b,.sev.sev-error{color:var(--err)}.sev-warning b,.sev.sev-warning{color:var(--warn)}
      .sev-note b,.sev.sev-note{color:var(--note)}.sev{font-weight:600}
      .filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;margin:.6rem 0;
      position:sticky;top:0;background:var(--bg);padding:.4rem 0;z-index:1}
      .filters select{max-width:16rem}#f-count{color:var(--muted)}
      table{border-collapse:collapse;width:100%}th,td{border-top:1px solid var(--line);
      padding:.35rem .5rem;text-align:left;vertical-align:top}
      th{background:#f7f8fa}td p{margin:.1rem 0}.loc{white-space:nowrap;font-family:monospace;
      font-size:.85rem}
      pre{margin:.3rem 0;padding:.4rem .5rem;background:#f7f8fa;border-radius:4px;
      overflow-x:auto;font-size:.82rem;white-space:pre-wrap;word-break:break-word}
      .ln{color:var(--muted);user-select:none}.ln.hit{color:var(--fg);font-weight:600}
      mark{background:var(--mark);padding:0 1px}.fix{color:#146c2e}.related{color:var(--muted);
      font-size:.85rem}
      .cluster{border:1px solid var(--line);border-radius:6px;margin:.4rem 0;padding:.3rem .6rem}
      .cluster summary{cursor:pointer}.side{display:grid;
      grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:.6rem;margin-top:.4rem}
      .copy .loc{white-space:normal;color:var(--muted)}
      .topics ul{margin:0;padding-left:1.1rem}del{color:var(--err)}ins{color:#146c2e}
      footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
      """;

  /** Filters the findings table; the only script on the page (allowed by its hash). */
  private static final String SCRIPT = """
      (function () {
        var rows = Array.prototype.slice.call(document.querySelectorAll('table.findings tbody tr'));
        var keys = ['sev', 'cat', 'rule', 'file'];
        var q = document.getElementById('f-q');
        var count = document.getElementById('f-count');
        function control(k) { return document.getElementById('f-' + k); }
        function apply() {
          var shown = 0;
          var text = q.value.trim().toLowerCase();
          rows.forEach(function (r) {
            var ok = keys.every(function (k) {
              var v = control(k).value;
              return !v || r.getAttribute('data-' + k) === v;
            }) && (!text || r.textContent.toLowerCase().indexOf(text) >= 0);
            r.hidden = !ok;
            if (ok) { shown++; }
          });
          count.textContent = shown + ' of ' + rows.length + ' findings shown';
        }
        keys.forEach(function (k) { control(k).addEventListener('change', apply); });
        q.addEventListener('input', apply);
        document.getElementById('f-reset').addEventListener('click', function () {
          keys.forEach(function (k) { control(k).value = ''; });
          q.value = '';
          apply();
        });
        Array.prototype.forEach.call(document.querySelectorAll('[data-set]'), function (b) {
          b.addEventListener('click', function () {
            var c = control(b.getAttribute('data-set'));
            c.value = c.value === b.getAttribute('data-value') ? '' : b.getAttribute('data-value');
            apply();
            document.getElementById('findings').scrollIntoView();
          });
        });
      })();
      """;
}
