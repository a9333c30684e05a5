package org.notelint.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.en.EnglishTagger;

/**
 * How much two texts are about the same thing, for paraphrases that share a topic but few
 * words (five explanations of the GIL): TF-IDF cosine over lemmatised content words. Words
 * are lemmatised with LanguageTool's English tagger ("threads" and "thread", "runs" and
 * "ran" agree; a plural the dictionary lacks, "bytecodes", loses its s), function words are dropped, and each term is weighted by how rare it is
 * across the texts given, so "lock" and "bytecode" count for more than "python". Duplicate
 * detection does not use it: the merge stage does, to place units whose headings say nothing.
 */
public final class TopicSimilarity {
  private static final Set<String> STOP = Set.of("a", "about", "above", "after", "again",
      "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before",
      "being", "between", "both", "but", "by", "can", "could", "do", "does", "doing", "down",
      "during", "each", "etc", "even", "few", "for", "from", "further", "get", "had", "has",
      "have", "having", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is",
      "it", "its", "itself", "just", "like", "may", "me", "might", "more", "most", "much",
      "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
      "other", "our", "out", "over", "own", "same", "she", "should", "so", "some", "such",
      "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
      "those", "through", "to", "too", "under", "until", "up", "use", "used", "using", "very",
      "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will",
      "with", "would", "you", "your");
  private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();
  private static volatile EnglishTagger tagger;

  /** A text's weights: term ids ascending (ids follow the terms' order) and their weights. */
  private record Vector(int[] ids, double[] weights) {}

  private final List<Vector> vectors;

  private TopicSimilarity(List<Vector> vectors) {
    this.vectors = vectors;
  }

  /** The vectors of {@code texts}, weighted by how many of them each term occurs in. */
  public static TopicSimilarity of(List<String> texts) {
    return of(texts, 1);
  }

  /** As {@link #of(List)}, reading the texts on {@code jobs} threads (same result). */
  public static TopicSimilarity of(List<String> texts, int jobs) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Integer> tf : org.notelint.util.Parallel.map(texts, jobs, text -> {
      Map<String, Integer> counted = new TreeMap<>();
      for (String term : terms(text)) {
        counted.merge(term, 1, Integer::sum);
      }
      return counted;
    })) {
      tf.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
      counts.add(tf);
    }
    // Ids in the terms' sorted order, so a vector's ids ascend as its TreeMap's keys do and
    // every sum below adds in the same order as over the terms themselves.
    Map<String, Integer> ids = new HashMap<>();
    for (String term : new java.util.TreeSet<>(df.keySet())) {
      ids.put(term, ids.size());
    }
    int n = texts.size();
    List<Vector> vectors = new ArrayList<>();
    for (Map<String, Integer> tf : counts) {
      int[] id = new int[tf.size()];
      double[] w = new double[tf.size()];
      double norm = 0;
      int k = 0;
      for (var e : tf.entrySet()) {
        id[k] = ids.get(e.getKey());
        w[k] = (1 + Math.log(e.getValue())) * Math.log(1.0 + (double) n / df.get(e.getKey()));
        norm += w[k] * w[k];
        k++;
      }
      double len = Math.sqrt(norm);
      for (int i = 0; i < w.length; i++) {
        w[i] = len == 0 ? 0 : w[i] / len;
      }
      vectors.add(new Vector(id, w));
    }
    return new TopicSimilarity(vectors);
  }

  /** The cosine of texts {@code i} and {@code j}: 0 (nothing shared) to 1. */
  public double cosine(int i, int j) {
    Vector a = vectors.get(i);
    Vector b = vectors.get(j);
    if (a.ids().length > b.ids().length) {
      Vector t = a;
      a = b;
      b = t;
    }
    double dot = 0;
    int from = 0;
    for (int k = 0; k < a.ids().length; k++) {
      int at = java.util.Arrays.binarySearch(b.ids(), from, b.ids().length, a.ids()[k]);
      if (at >= 0) {
        dot += a.weights()[k] * b.weights()[at];
        from = at + 1;
      } else {
        from = -at - 1;
      }
    }
    return Math.min(1.0, dot);
  }

  /** The lemmatised content words of {@code text}, in order. */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (String w : Normalizer.words(UnitCollector.withoutHtml(text))) {
      if (w.length() < 2 || STOP.contains(w) || w.chars().allMatch(Character::isDigit)) {
        continue;
      }
      String lemma = lemma(w);
      if (!STOP.contains(lemma)) {
        out.add(lemma.equals(w) && w.endsWith("s") && w.length() > 3 && !w.endsWith("ss")
            ? w.substring(0, w.length() - 1) : lemma);
      }
    }
    return out;
  }

  /** The word's lemma by LanguageTool's English tagger; the word itself when it knows none. */
  static String lemma(String word) {
    return LEMMAS.computeIfAbsent(word, w -> {
      List<AnalyzedTokenReadings> r = tagger().tag(List.of(w));
      String best = null;
      for (AnalyzedToken t : r.get(0).getReadings()) {
        String l = t.getLemma();
        // Several readings may differ ("left"): the shortest base form, then the first.
        if (l != null && (best == null || l.length() < best.length())) {
          best = l.toLowerCase(Locale.ROOT);
        }
      }
      return best == null ? w : best;
    });
  }

  private static EnglishTagger tagger() {
    EnglishTagger t = tagger;
    if (t == null) {
      synchronized (TopicSimilarity.class) {
        if (tagger == null) {
          tagger = new EnglishTagger();
        }
        t = tagger;
      }
    }
    return t;
  }
}
