package org.notelint.lint;

import java.util.List;
import java.util.Locale;
import org.notelint.lint.python.PyToken;
import org.notelint.lint.python.PyTokenizer;
import org.notelint.model.CodeBlock;
import org.notelint.model.SourceSpan;
import org.notelint.model.Text;

/**
 * One piece of a note as a rule sees it: the scope, the text with its source positions, and
 * a view of the same length where everything outside the scope is blanked (masked, never
 * deleted, so offsets stay true). Prose-like units also carry a statement view that keeps
 * inline code visible, and the context a claim is judged in: the enclosing headings and the
 * list items or definition terms it is nested under.
 */
public final class Unit {
  private final Scope scope;
  private final Text text;
  private final String view;
  private final String statementView;
  private final String context;
  private final CodeBlock block;
  /** Flag: the code block is explicitly labelled as Python 2. */
  static final int PYTHON2 = 1;
  /** Flag: the code block is shown as wrong ("Bad:" before it). */
  static final int COUNTER = 2;
  private final int flags;
  private String lower;
  private List<PyToken> tokens;
  private java.util.Map<String, Object> memo;

  Unit(Scope scope, Text text, String view, String statementView, String context,
      CodeBlock block, int flags) {
    if (view.length() != text.length() || statementView.length() != text.length()) {
      throw new IllegalArgumentException("view length differs from text");
    }
    this.scope = scope;
    this.text = text;
    this.view = view;
    this.statementView = statementView;
    this.context = context;
    this.block = block;
    this.flags = flags;
  }

  public Scope scope() {
    return scope;
  }

  public Text text() {
    return text;
  }

  /** The scope's view: same length as the text, everything outside the scope blanked. */
  public String view() {
    return view;
  }

  /** For prose-like units: the text with URLs and HTML blanked but inline code kept. */
  public String statementView() {
    return statementView;
  }

  /** Headings and enclosing list items or terms, one per line, outermost first. */
  public String context() {
    return context;
  }

  /** The code block this unit comes from, or null. */
  public CodeBlock block() {
    return block;
  }

  /** True when the code block is explicitly labelled as Python 2. */
  public boolean python2() {
    return (flags & PYTHON2) != 0;
  }

  /** True when the code block is presented as wrong code (a counter-example). */
  public boolean counterExample() {
    return (flags & COUNTER) != 0;
  }

  /** The statement view in lower case (for cheap keyword prefilters). */
  public String lower() {
    if (lower == null) {
      lower = statementView.toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /** Python tokens of the view (for code and inline code). */
  public List<PyToken> tokens() {
    if (tokens == null) {
      tokens = PyTokenizer.tokenize(view);
    }
    return tokens;
  }

  /**
   * A value derived from this unit once and shared by the rules that need it (dotted names
   * for the API rules). Units belong to one worker thread, so no locking.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(String key, java.util.function.Supplier<T> compute) {
    if (memo == null) {
      memo = new java.util.HashMap<>();
    }
    if (!memo.containsKey(key)) {
      memo.put(key, compute.get()); // null too: "nothing to check" is an answer
    }
    return (T) memo.get(key);
  }

  /** The source span of {@code [start, end)} of the view. */
  public SourceSpan span(int start, int end) {
    return text.span(start, end);
  }

  /** The physical line of the view holding {@code offset} (for comments: the code line). */
  public String lineAt(int offset) {
    return text.line(text.lineOf(offset));
  }
}
