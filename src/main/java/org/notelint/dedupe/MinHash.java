package org.notelint.dedupe;

/**
 * MinHash signatures with banded locality-sensitive hashing. Two sets whose Jaccard
 * similarity is s agree on one signature slot with probability s, so they share at least one
 * of {@value #BANDS} bands of {@value #ROWS} slots with probability
 * 1 - (1 - s^{@value #ROWS})^{@value #BANDS}: 0.995 at s = 0.5, 0.67 at s = 0.3 and 0.04 at
 * s = 0.1. Candidates found this way are verified with the exact similarity, so the
 * banding decides only what is compared, never what is reported.
 */
public final class MinHash {
  static final int BANDS = 40;
  static final int ROWS = 3;
  static final int SIZE = BANDS * ROWS;

  /** The seeds of the hash family: fixed, so signatures are the same on every run. */
  private static final long[] SEEDS = new long[SIZE];

  static {
    long s = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < SIZE; i++) {
      s += 0x9E3779B97F4A7C15L;
      SEEDS[i] = Normalizer.mix(s);
    }
  }

  private MinHash() {}

  /** The signature of a set of shingle hashes (empty sets have a signature of maxima). */
  static long[] signature(long[] shingles) {
    long[] sig = new long[SIZE];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < SIZE; i++) {
        long h = Normalizer.mix(x ^ SEEDS[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The hash of band {@code b} of a signature. */
  static long band(long[] sig, int b) {
    long h = b * 0x632BE59BD9B4E019L;
    for (int r = 0; r < ROWS; r++) {
      h = Normalizer.mix(h ^ sig[b * ROWS + r]);
    }
    return h;
  }
}
