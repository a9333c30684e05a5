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
  private final LintCache cache;
  private final KeywordIndex keywords;

  /** A linter without the spelling and grammar stage. */
  public Linter(RuleSet rules, PythonVersion target) {
    this(rules, target, null);
  }

  /** A linter that also runs {@code grammar} (LanguageTool) when it is not null. */
  public Linter(RuleSet rules, PythonVersion target, GrammarChecker grammar) {
    this(rules, target, grammar, null);
  }

  /**
   * As {@link #Linter(RuleSet, PythonVersion, GrammarChecker)}, taking what the rules and
   * the grammar stage found in a note from {@code cache} when the note is unchanged (null:
   * no cache; a rule set not loaded from files is never cached).
   */
  public Linter(RuleSet rules, PythonVersion target, GrammarChecker grammar,
      LintCache cache) {
    this.rules = rules;
    this.grammar = grammar;
    this.cache = rules.fingerprint() == null ? null : cache;
    this.settings = new RuleSettings(target, rules.facts());
    this.keywords = KeywordIndex.of(rules.rules());
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

  /** The cache of findings per note, or null. */
  public LintCache cache() {
    return cache;
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
    List<Finding> all = new ArrayList<>(doc.findings());
    all.addAll(extra);
    String key = cache == null ? null : cache.key(doc);
    List<Finding> own = key == null ? null : cache.get(key);
    if (own == null) {
      own = check(doc);
      if (key != null) {
        cache.put(key, own);
      }
    }
    all.addAll(own);
    List<Finding> kept = Suppressions.apply(doc, all, ids, true);
    List<Finding> sorted = new ArrayList<>(kept);
    sorted.sort(Finding.ORDER);
    return sorted;
  }

  /** What the rules and the grammar stage find in {@code doc}, before suppressions. */
  private List<Finding> check(NoteDocument doc) {
    Sink sink = new Sink(doc.path());
    List<Unit> units = Units.of(doc);
    DocContext ctx = new DocContext(doc, units, settings, keywords);
    List<Finding> own = new ArrayList<>();
    for (Rule r : rules.rules()) {
      try {
        r.check(ctx, sink);
      } catch (RuntimeException | StackOverflowError e) {
        own.add(failed("rule " + r.meta().id(), doc, e));
      }
    }
    own.addAll(sink.findings());
    if (grammar != null) {
      try {
        own.addAll(grammar.check(doc, units));
      } catch (LanguageToolEngine.ProseSetupException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        own.add(failed("the spelling and grammar check (LanguageTool)", doc, e));
      }
    }
    return own;
  }

  /**
   * The digest of everything besides a note that changes what {@link #check} finds in it,
   * for a {@link LintCache}: the rule files, the target version and the grammar settings.
   */
  public static String fingerprint(RuleSet rules, PythonVersion target,
      GrammarChecker grammar) {
    return rules.fingerprint() + "|" + target + "|"
        + (grammar == null ? "no-grammar" : grammar.fingerprint());
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
