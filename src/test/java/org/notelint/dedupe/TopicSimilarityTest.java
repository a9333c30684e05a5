package org.notelint.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSimilarityTest {
  /** The seeds' five explanations of the GIL (000:9, 001:18, 002:1114, 003:9, 004:130). */
  private static final List<String> GIL = List.of(
      "In single Python process, threads can run only in a time-sliced manner, because of GIL "
          + "(CPython implementation).",
      "Because of the GIL, only one thread can execute Python code. But threads can be "
          + "preempted between bytecode instructions.",
      "The Python Global Interpreter Lock or GIL, in simple words, is a mutex (or a lock) that "
          + "allows only one thread to hold the control of the Python interpreter.",
      "The Global Interpreter Lock is a mutex that protects access to objects, preventing "
          + "multiple threads from executing Python bytecodes at once.",
      "GIL: The mechanism used by the CPython interpreter to assure that only one thread "
          + "executes Python bytecode at a time.");
  private static final List<String> OTHER = List.of(
      "When a module is imported, Python runs all of the code in the module file.",
      "Dataclasses generate __init__ and __repr__ from the annotated fields of a class.",
      "A list comprehension builds a new list from an iterable in one expression.");

  @Test
  void lemmasJoinInflectedForms() {
    assertThat(TopicSimilarity.terms("The threads ran; a thread runs the bytecodes"))
        .containsExactly("thread", "run", "thread", "run", "bytecode");
  }

  @Test
  void paraphrasesOfOneTopicAreCloserThanOtherTopics() {
    List<String> all = new java.util.ArrayList<>(GIL);
    all.addAll(OTHER);
    TopicSimilarity s = TopicSimilarity.of(all);
    double worstWithin = 1;
    for (int i = 0; i < GIL.size(); i++) {
      double best = 0;
      for (int j = 0; j < GIL.size(); j++) {
        if (i != j) {
          best = Math.max(best, s.cosine(i, j));
        }
      }
      worstWithin = Math.min(worstWithin, best);
      for (int k = GIL.size(); k < all.size(); k++) {
        assertThat(s.cosine(i, k)).as("GIL %d vs other %d", i, k).isLessThan(best);
      }
    }
    // Every explanation has a GIL neighbour at least this close; no unrelated text is.
    assertThat(worstWithin).isGreaterThan(0.15);
    assertThat(s.cosine(0, 0)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theThreadCountDoesNotChangeAnyCosine() {
    List<String> all = new java.util.ArrayList<>(GIL);
    all.addAll(OTHER);
    TopicSimilarity one = TopicSimilarity.of(all, 1);
    TopicSimilarity two = TopicSimilarity.of(all, 2);
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < all.size(); j++) {
        assertThat(two.cosine(i, j)).isEqualTo(one.cosine(i, j)); // bit for bit
        assertThat(one.cosine(i, j)).isEqualTo(one.cosine(j, i));
      }
    }
  }
}
