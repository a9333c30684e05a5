package org.notelint.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.notelint.ingest.IngestRules;
import org.notelint.model.Category;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;
import org.notelint.model.RuleInfo;
import org.notelint.model.Severity;
import org.notelint.prose.GrammarChecker;
import org.notelint.prose.LanguageToolEngine;
import org.notelint.util.Parallel;

/** Runs the rules over documents and returns the findings in report order. */
public final class Linter {
  /** Reported when a rule fails on a file: the run goes on, and the failure is visible. */
  public static final RuleInfo RULE_FAILED = new RuleInfo("LINT-001", "rule-failed",
      Severity.ERROR, Category.STRUCTURE, "A rule failed on this file",
      "A rule threw an error on this file, so the file was not fully checked by it. This is a "
          + "notelint bug; please report it with the file.",
      List.of());

  private final RuleSet rules;
  private final RuleSettings settings;
  private final Map<String, String> ids = new HashMap<>();
  private final GrammarChecker grammar;

  /** A linter without the spelling and grammar stage. */
  public Linter(RuleSet rules, PythonVersion target) {
    this(rules, target, null);
  }

  /** A linter that also runs {@code grammar} (LanguageTool) when it is not null. */
  public Linter(RuleSet rules, PythonVersion target, GrammarChecker grammar) {
    this.rules = rules;
    this.grammar = grammar;
    this.settings = new RuleSettings(target, rules.facts());
    for (Rule r : rules.rules()) {
      ids.put(r.meta().id(), r.meta().id());
      ids.put(r.meta().name(), r.meta().id());
    }
    for (RuleInfo r : fixedRules()) {
      ids.put(r.id(), r.id());
      ids.put(r.name(), r.id());
    }
  }

  /** The rules built into the program rather than loaded from packs. */
  public static List<RuleInfo> fixedRules() {
    List<RuleInfo> all = new ArrayList<>(IngestRules.ALL);
    all.add(Suppressions.UNUSED);
    all.add(Suppressions.UNKNOWN);
    all.add(RULE_FAILED);
    return all;
  }

  public RuleSet rules() {
    return rules;
  }

  /** The findings of one document: ingest's, every rule's, suppressions applied, sorted. */
  public List<Finding> lint(NoteDocument doc) {
    return lint(doc, List.of());
  }

  /**
   * The findings of one document with {@code extra} ones found across documents (duplicates)
   * added before suppressions are applied, so an inline comment silences those too.
   */
  public List<Finding> lint(NoteDocument doc, List<Finding> extra) {
    Sink sink = new Sink(doc.path());
    List<Unit> units = Units.of(doc);
    DocContext ctx = new DocContext(doc, units, settings);
    List<Finding> all = new ArrayList<>(doc.findings());
    all.addAll(extra);
    for (Rule r : rules.rules()) {
      try {
        r.check(ctx, sink);
      } catch (RuntimeException | StackOverflowError e) {
        all.add(failed("rule " + r.meta().id(), doc, e));
      }
    }
    all.addAll(sink.findings());
    if (grammar != null) {
      try {
        all.addAll(grammar.check(doc, units));
      } catch (LanguageToolEngine.ProseSetupException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        all.add(failed("the spelling and grammar check (LanguageTool)", doc, e));
      }
    }
    List<Finding> kept = Suppressions.apply(doc, all, ids, true);
    List<Finding> sorted = new ArrayList<>(kept);
    sorted.sort(Finding.ORDER);
    return sorted;
  }

  private static Finding failed(String what, NoteDocument doc, Throwable e) {
    return Finding.of(RULE_FAILED, what + " failed on this file: "
        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
        + e.getMessage()), doc.path(), new org.notelint.model.SourceSpan(1, 1, 1, 1, -1));
  }

  /** The findings of every document, linted on {@code jobs} threads, in report order. */
  public List<Finding> lint(List<NoteDocument> docs, int jobs) {
    return lint(docs, jobs, Map.of());
  }

  /**
   * The findings of every document, with the cross-document findings of {@code extra} (by
   * file), linted on {@code jobs} threads, in report order.
   */
  public List<Finding> lint(List<NoteDocument> docs, int jobs, Map<String, List<Finding>> extra) {
    return lint(docs, jobs, extra, () -> { });
  }

  /** As {@link #lint(List, int, Map)}, calling {@code done} as each document is finished. */
  public List<Finding> lint(List<NoteDocument> docs, int jobs, Map<String, List<Finding>> extra,
      Runnable done) {
    java.util.function.Function<NoteDocument, List<Finding>> one = d -> {
      List<Finding> f = lint(d, extra.getOrDefault(d.path(), List.of()));
      done.run();
      return f;
    };
    List<List<Finding>> per = Parallel.map(docs, jobs, one);
    List<Finding> all = new ArrayList<>();
    per.forEach(all::addAll);
    all.sort(Finding.ORDER);
    return all;
  }
}
