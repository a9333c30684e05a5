package org.notelint.lint;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notelint.model.NoteDocument;

/** One document as the rules see it: its units by scope, the settings, the names it binds. */
public final class DocContext {
  private final NoteDocument doc;
  private final Map<Scope, List<Unit>> units = new EnumMap<>(Scope.class);
  private final RuleSettings settings;
  private final KeywordIndex keywords;
  private Bindings bindings;
  private Map<String, Object> memo;

  public DocContext(NoteDocument doc, List<Unit> all, RuleSettings settings,
      KeywordIndex keywords) {
    this.doc = doc;
    this.settings = settings;
    this.keywords = keywords;
    for (Scope s : Scope.values()) {
      units.put(s, all.stream().filter(u -> u.scope() == s).toList());
    }
  }

  public NoteDocument doc() {
    return doc;
  }

  public RuleSettings settings() {
    return settings;
  }

  /** The rules' keywords, for {@link KeywordIndex#any}. */
  public KeywordIndex keywords() {
    return keywords;
  }

  /** The units of one scope, in source order. */
  public List<Unit> units(Scope scope) {
    return units.get(scope);
  }

  /** The units of several scopes, scope by scope. */
  public List<Unit> units(Set<Scope> scopes) {
    if (scopes.size() == 1) {
      return units.get(scopes.iterator().next());
    }
    return scopes.stream().sorted().flatMap(s -> units.get(s).stream()).toList();
  }

  /**
   * A value derived from the document once and shared by the rules that need it (its
   * anchors, its RST targets). A document is linted on one thread, so no locking.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(String key, java.util.function.Supplier<T> compute) {
    if (memo == null) {
      memo = new java.util.HashMap<>();
    }
    if (!memo.containsKey(key)) {
      memo.put(key, compute.get());
    }
    return (T) memo.get(key);
  }

  /** Imports, definitions and assignments across all the document's code. */
  public Bindings bindings() {
    if (bindings == null) {
      bindings = Bindings.of(units.get(Scope.CODE));
    }
    return bindings;
  }
}
