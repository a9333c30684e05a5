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
    return finish(doc, own(doc), extra);
  }

  /**
   * What the rules and the grammar stage find in {@code doc} (from the cache when it has the
   * note), before the cross-document findings and the suppressions ({@link #finish}).
   */
  public List<Finding> own(NoteDocument doc) {
    String key = cache == null ? null : cache.key(doc);
    List<Finding> own = key == null ? null : cache.get(key);
    if (own == null) {
      own = check(doc);
      if (key != null) {
        cache.put(key, own);
      }
    }
    return own;
  }

  /**
   * The findings of {@code doc}: its ingest findings, {@code extra} ones found across
   * documents (duplicates) and its {@link #own} ones, with suppressions applied to them all
   * (so an inline comment silences a duplicate finding too), in report order.
   */
  public List<Finding> finish(NoteDocument doc, List<Finding> own, List<Finding> extra) {
    List<Finding> all = new ArrayList<>(doc.findings());
    all.addAll(extra);
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
    return finish(docs, own(docs, jobs, done), jobs, extra);
  }

  /**
   * {@link #own} of every document, on {@code jobs} threads, in the documents' order, calling
   * {@code done} as each one is finished.
   */
  public List<List<Finding>> own(List<NoteDocument> docs, int jobs, Runnable done) {
    return Parallel.map(docs, jobs, d -> {
      List<Finding> f = own(d);
      done.run();
      return f;
    });
  }

  /**
   * {@link #finish(NoteDocument, List, List)} of every document, given their {@code own}
   * findings (in the same order) and the cross-document findings of {@code extra} (by file),
   * on {@code jobs} threads: every finding, in report order.
   */
  public List<Finding> finish(List<NoteDocument> docs, List<List<Finding>> own, int jobs,
      Map<String, List<Finding>> extra) {
    List<Integer> index = java.util.stream.IntStream.range(0, docs.size()).boxed().toList();
    List<List<Finding>> per = Parallel.map(index, jobs, i -> finish(docs.get(i), own.get(i),
        extra.getOrDefault(docs.get(i).path(), List.of())));
    List<Finding> all = new ArrayList<>();
    per.forEach(all::addAll);
    all.sort(Finding.ORDER);
    return all;
  }
}
