package org.notelint.prose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * The adapter around LanguageTool: its types stay in here. {@link JLanguageTool} is not
 * thread-safe, so each checking thread borrows an instance of its own; instances are made
 * only when a passage is not in the cache, so a warm run never loads LanguageTool at all.
 */
public final class LanguageToolEngine {
  /** The English variants {@code --lang} accepts. */
  public static final List<String> VARIANTS =
      List.of("en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA");
  private static final int MAX_SUGGESTIONS = 5;
  private static final Pattern SUGGESTION = Pattern.compile("<suggestion>(.*?)</suggestion>");
  private static final Pattern TAG = Pattern.compile("</?[a-z]+>");

  /**
   * One thing LanguageTool found in a passage: {@code [from, to)} of the passage's source,
   * its rule, what kind of issue it is, its message and suggestions.
   */
  public record Hit(int from, int to, String ruleId, String description, String issueType,
      String message, List<String> suggestions, boolean spelling) {
    public Hit {
      suggestions = List.copyOf(suggestions);
    }
  }

  private final String languageCode;
  private final ProseConfig config;
  private final ConcurrentLinkedQueue<JLanguageTool> idle = new ConcurrentLinkedQueue<>();
  private volatile int made;

  public LanguageToolEngine(String languageCode, ProseConfig config) {
    if (!VARIANTS.contains(languageCode)) {
      throw new IllegalArgumentException("unsupported language " + languageCode);
    }
    this.languageCode = languageCode;
    this.config = config;
  }

  /** LanguageTool's version (part of the cache key). */
  public static String version() {
    return JLanguageTool.VERSION;
  }

  /** How many LanguageTool instances this run made (0 on a fully cached run). */
  public int instances() {
    return made;
  }

  /** What LanguageTool finds in {@code chunk}, with positions in the chunk's source. */
  public List<Hit> check(ProseChunk chunk) {
    JLanguageTool lt = idle.poll();
    if (lt == null) {
      lt = create();
    }
    try {
      AnnotatedTextBuilder b = new AnnotatedTextBuilder();
      for (ProseChunk.Part p : chunk.parts()) {
        if (p.markup()) {
          b.addMarkup(p.source(), p.readAs());
        } else {
          b.addText(p.source());
        }
      }
      AnnotatedText text = b.build();
      List<Hit> out = new ArrayList<>();
      for (RuleMatch m : lt.check(text)) {
        out.add(hit(m));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      idle.add(lt);
    }
  }

  private static Hit hit(RuleMatch m) {
    Rule r = m.getRule();
    List<String> sugg = m.getSuggestedReplacements();
    if (sugg.size() > MAX_SUGGESTIONS) {
      sugg = sugg.subList(0, MAX_SUGGESTIONS);
    }
    String type = r.getLocQualityIssueType() == null ? "uncategorized"
        : r.getLocQualityIssueType().toString();
    return new Hit(m.getFromPos(), m.getToPos(), r.getId(), r.getDescription(), type,
        message(m.getMessage()), sugg, r instanceof SpellingCheckRule);
  }

  /** LanguageTool's message as plain text: suggestions in quotes, no markup, no final stop. */
  static String message(String raw) {
    String s = SUGGESTION.matcher(raw).replaceAll(r -> "'"
        + java.util.regex.Matcher.quoteReplacement(r.group(1)) + "'");
    s = TAG.matcher(s).replaceAll("").strip();
    s = s.replace("''", "'");
    if (s.endsWith(".") && !s.endsWith("..")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  private synchronized JLanguageTool create() {
    Language lang = Languages.getLanguageForShortCode(languageCode);
    JLanguageTool lt = new JLanguageTool(lang);
    Set<String> known = new TreeSet<>();
    for (Rule r : lt.getAllRules()) {
      known.add(r.getId());
    }
    List<String> unknown = new ArrayList<>();
    for (String id : config.disabled().keySet()) {
      if (!known.contains(id)) {
        unknown.add(id);
      }
      lt.disableRule(id);
    }
    for (String id : config.enabled().keySet()) {
      if (!known.contains(id)) {
        unknown.add(id);
      }
      lt.enableRule(id);
    }
    for (String id : union(config.fragmentDisabled().keySet(),
        config.stringDisabled().keySet())) {
      if (!known.contains(id)) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw new ProseSetupException(config.settingsFile() + ": LanguageTool " + version() + " (" + languageCode + ") has no rule "
          + String.join(", ", new TreeSet<>(unknown)));
    }
    List<String> ignore = config.vocabulary().ignoreTokens();
    for (Rule r : lt.getAllActiveRules()) {
      if (r instanceof SpellingCheckRule s) {
        s.addIgnoreTokens(ignore);
      }
    }
    made++;
    return lt;
  }

  /** A configuration LanguageTool cannot run with (a rule id it does not have). */
  public static final class ProseSetupException extends RuntimeException {
    public ProseSetupException(String message) {
      super(message);
    }
  }

  private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
