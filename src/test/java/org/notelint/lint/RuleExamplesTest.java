package org.notelint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.notelint.cli.CliOptions;
import org.notelint.model.Finding;

/**
 * Every rule's own examples are its tests: each bad example fires exactly at its marked
 * spans ({@code <mark>...</mark>}), each good example stays silent, and a fix applied to a
 * bad example silences the rule (and for at least one bad example, gives a good one).
 */
class RuleExamplesTest {
  private static final String PYTHON = CliOptions.DEFAULT_PYTHON;

  /** A span written as line:col-line:col (1-based, end exclusive). */
  record Span(int line, int col, int endLine, int endCol) {
    @Override
    public String toString() {
      return line + ":" + col + "-" + endLine + ":" + endCol;
    }
  }

  /** An example with its marks removed, as the document a rule sees. */
  record Example(String text, List<Span> marks) {}

  static Example parse(String example, String format) {
    String body = format.equals("python") ? "```python\n" + example + "\n```\n" : example;
    StringBuilder out = new StringBuilder();
    List<Span> marks = new ArrayList<>();
    int line = 1;
    int col = 1;
    int openLine = 0;
    int openCol = 0;
    for (int i = 0; i < body.length(); ) {
      if (body.startsWith("<mark>", i)) {
        openLine = line;
        openCol = col;
        i += 6;
      } else if (body.startsWith("</mark>", i)) {
        marks.add(new Span(openLine, openCol, line, col));
        i += 7;
      } else {
        char c = body.charAt(i++);
        out.append(c);
        if (c == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
      }
    }
    return new Example(out.toString(), marks);
  }

  private static List<Finding> run(Rule rule, String text) {
    return Rules.lint(Rules.only(rule), rule.meta().examples().fileName(), text, PYTHON).stream()
        .filter(f -> f.ruleId().equals(rule.meta().id())).toList();
  }

  private static List<Span> spans(List<Finding> fs) {
    return fs.stream().map(f -> new Span(f.span().startLine(), f.span().startColumn(),
        f.span().endLine(), f.span().endColumn())).toList();
  }

  @TestFactory
  Stream<DynamicNode> everyRuleFollowsItsExamples() {
    return Rules.shipped().rules().stream().map(rule -> {
      RuleMeta m = rule.meta();
      List<DynamicNode> tests = new ArrayList<>();
      int n = 0;
      boolean anyFixGivesGood = false;
      Set<String> good = new HashSet<>();
      for (String g : m.examples().good()) {
        good.add(parse(g, m.examples().format()).text());
      }
      for (String bad : m.examples().bad()) {
        Example ex = parse(bad, m.examples().format());
        n++;
        tests.add(DynamicTest.dynamicTest("bad " + n, () -> {
          List<Finding> fs = run(rule, ex.text());
          assertThat(spans(fs)).as("findings of %s on:%n%s%n%s", m.id(), ex.text(), fs)
              .containsExactlyElementsOf(ex.marks());
          if (!fs.isEmpty() && fs.stream().allMatch(f -> f.fix() != null)) {
            String fixed = applyFixes(ex.text(), fs);
            assertThat(run(rule, fixed)).as("%s after its fix:%n%s", m.id(), fixed).isEmpty();
          }
        }));
      }
      n = 0;
      for (String g : m.examples().good()) {
        Example ex = parse(g, m.examples().format());
        n++;
        tests.add(DynamicTest.dynamicTest("good " + n, () ->
            assertThat(run(rule, ex.text())).as("%s on good example:%n%s", m.id(), ex.text())
                .isEmpty()));
      }
      tests.add(DynamicTest.dynamicTest("a fix turns a bad example into a good one", () -> {
        boolean hasFix = false;
        boolean gives = false;
        for (String bad : m.examples().bad()) {
          Example ex = parse(bad, m.examples().format());
          List<Finding> fs = run(rule, ex.text());
          if (!fs.isEmpty() && fs.stream().allMatch(f -> f.fix() != null)) {
            hasFix = true;
            gives |= good.contains(applyFixes(ex.text(), fs));
          }
        }
        assertThat(!hasFix || gives).as("%s: no bad example + fix equals a good example", m.id())
            .isTrue();
      }));
      return (DynamicNode) DynamicContainer.dynamicContainer(m.id() + " " + m.name(), tests);
    });
  }

  /** Applies the fixes of {@code fs} (non-overlapping, by source position) to {@code text}. */
  static String applyFixes(String text, List<Finding> fs) {
    String[] lines = text.split("\n", -1);
    List<Finding> sorted = new ArrayList<>(fs);
    sorted.sort((a, b) -> b.span().compareTo(a.span()));
    for (Finding f : sorted) {
      int l = f.span().startLine() - 1;
      if (f.span().endLine() != f.span().startLine()) {
        continue;
      }
      String line = lines[l];
      lines[l] = line.substring(0, f.span().startColumn() - 1) + f.fix().replacement()
          + line.substring(f.span().endColumn() - 1);
    }
    return String.join("\n", lines);
  }

  @Test
  void idsAndNamesAreUniqueAndFieldsFilled() {
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Rule r : Rules.shipped().rules()) {
      RuleMeta m = r.meta();
      assertThat(ids.add(m.id())).as("duplicate id %s", m.id()).isTrue();
      assertThat(names.add(m.name())).as("duplicate name %s", m.name()).isTrue();
      assertThat(m.id()).matches("[A-Z][A-Z0-9]*-\\d{3}");
      assertThat(m.summary()).isNotBlank();
      assertThat(m.rationale()).isNotBlank();
      assertThat(m.message()).isNotBlank().doesNotEndWith(".");
      assertThat(m.references()).as("%s references", m.id()).isNotEmpty();
      assertThat(m.examples().bad()).as("%s bad examples", m.id()).isNotEmpty();
      assertThat(m.examples().good()).as("%s good examples", m.id()).isNotEmpty();
      for (String bad : m.examples().bad()) {
        assertThat(parse(bad, m.examples().format()).marks()).as("%s: a bad example without"
            + " <mark>", m.id()).isNotEmpty();
      }
    }
  }

  @Test
  void packsHaveTheRuleCountsTheIssueAsksFor() {
    long py2 = count("PY2-");
    long mis = count("MIS-");
    assertThat(py2).isGreaterThanOrEqualTo(25);
    assertThat(mis).isGreaterThanOrEqualTo(25);
  }

  private static long count(String prefix) {
    return Rules.shipped().rules().stream().filter(r -> r.meta().id().startsWith(prefix))
        .count();
  }
}
