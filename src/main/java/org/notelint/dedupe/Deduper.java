package org.notelint.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.notelint.model.NoteDocument;
import org.notelint.util.Parallel;

/**
 * Finds duplicate and near-duplicate units across and within notes, without comparing every
 * pair:
 * <ol>
 *   <li>identical normalised forms are grouped by hash (verbatim copies, same links);</li>
 *   <li>near duplicates: MinHash signatures and banded LSH propose candidate pairs, which are
 *       kept when the exact Jaccard similarity of their shingle sets reaches the threshold;</li>
 *   <li>containment (a unit that reappears inside a longer one): a prefix filter over the
 *       rarest shingles proposes candidates, kept when enough of the smaller unit's shingles
 *       are in the larger;</li>
 *   <li>units joined by any of these are clustered with union-find.</li>
 * </ol>
 * Prose, code and links are compared only within their own family. The result is the same
 * whatever the thread count or the order the notes were read in.
 */
public final class Deduper {
  /** Buckets larger than this are joined as a chain, not pair by pair. */
  private static final int MAX_BUCKET_PAIRS = 48;
  /** Shingles in more units than this are too common to propose containment candidates. */
  private static final int MAX_POSTINGS = 4000;

  /** The units compared and the clusters found. */
  public record Result(List<ContentUnit> units, List<Cluster> clusters) {
    public static final Result EMPTY = new Result(List.of(), List.of());
  }

  private final DedupeSettings settings;
  private final int jobs;

  public Deduper(DedupeSettings settings, int jobs) {
    this.settings = settings;
    this.jobs = Math.max(1, jobs);
  }

  /** The clusters of {@code docs}. */
  public Result run(List<NoteDocument> docs) {
    if (!settings.any()) {
      return Result.EMPTY;
    }
    List<NoteDocument> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing(NoteDocument::path));
    List<List<ContentUnit>> per = Parallel.map(sorted, jobs, d -> UnitCollector.of(d, settings));
    List<ContentUnit> units = new ArrayList<>();
    per.forEach(units::addAll);
    return new Result(List.copyOf(units), cluster(units));
  }

  /** The clusters of already collected units (in report order). */
  public List<Cluster> cluster(List<ContentUnit> units) {
    UnionFind uf = new UnionFind(units.size());
    for (String family : List.of("prose", "code", "link")) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        if (units.get(i).kind().family().equals(family)) {
          idx.add(i);
        }
      }
      if (idx.size() < 2) {
        continue;
      }
      // 1. Identical normalised forms; one representative of each goes on.
      Map<String, Integer> firstOf = new HashMap<>();
      List<Integer> reps = new ArrayList<>();
      for (int i : idx) {
        Integer f = firstOf.putIfAbsent(units.get(i).key(), i);
        if (f == null) {
          reps.add(i);
        } else if (!overlap(units.get(f), units.get(i))) {
          uf.union(f, i);
        }
      }
      boolean nearOn = family.equals("prose") ? settings.near()
          : family.equals("code") && settings.code();
      if (!nearOn || reps.size() < 2) {
        continue;
      }
      double jaccard = family.equals("code") ? settings.codeJaccard() : settings.jaccard();
      double containment =
          family.equals("code") ? settings.codeContainment() : settings.containment();
      int[] r = reps.stream().mapToInt(Integer::intValue).toArray();
      lsh(units, r, jaccard, uf);
      contained(units, r, containment,
          family.equals("code") ? settings.minContainedTokens() : settings.minWords(), uf);
    }
    return clusters(units, uf);
  }

  // ---- near duplicates: MinHash + LSH -----------------------------------------------------

  private void lsh(List<ContentUnit> units, int[] reps, double threshold, UnionFind uf) {
    int n = reps.length;
    List<long[]> sigs = Parallel.map(IntStream.of(reps).boxed().toList(), jobs,
        r -> MinHash.signature(units.get(r).shingles()));
    int bits = 64 - Long.numberOfLeadingZeros(n);
    long low = (1L << bits) - 1;
    long[] packed = new long[n];
    for (int b = 0; b < MinHash.BANDS; b++) {
      for (int k = 0; k < n; k++) {
        packed[k] = (MinHash.band(sigs.get(k), b) & ~low) | k;
      }
      Arrays.sort(packed);
      int s = 0;
      while (s < n) {
        int e = s + 1;
        while (e < n && (packed[e] & ~low) == (packed[s] & ~low)) {
          e++;
        }
        if (e - s > 1) {
          bucket(units, reps, packed, low, s, e, threshold, uf);
        }
        s = e;
      }
    }
  }

  private static void bucket(List<ContentUnit> units, int[] reps, long[] packed, long low,
      int s, int e, double threshold, UnionFind uf) {
    int[] members = new int[e - s];
    for (int k = s; k < e; k++) {
      members[k - s] = reps[(int) (packed[k] & low)];
    }
    Arrays.sort(members);
    boolean all = members.length <= MAX_BUCKET_PAIRS;
    for (int a = 0; a < members.length; a++) {
      for (int b = a + 1; b < (all ? members.length : Math.min(members.length, a + 2)); b++) {
        tryJoin(units, members[a], members[b], threshold, uf);
      }
    }
  }

  private static void tryJoin(List<ContentUnit> units, int a, int b, double threshold,
      UnionFind uf) {
    if (uf.find(a) == uf.find(b)) {
      return;
    }
    ContentUnit x = units.get(a);
    ContentUnit y = units.get(b);
    if (comparable(x, y) && jaccard(x.shingles(), y.shingles()) >= threshold) {
      uf.union(a, b);
    }
  }

  // ---- containment: prefix filtering over the rarest shingles ------------------------------

  private static void contained(List<ContentUnit> units, int[] reps, double c, int minSize,
      UnionFind uf) {
    int n = reps.length;
    int total = 0;
    for (int r : reps) {
      total += units.get(r).shingles().length;
    }
    long[] all = new long[total];
    int at = 0;
    for (int r : reps) {
      long[] s = units.get(r).shingles();
      System.arraycopy(s, 0, all, at, s.length);
      at += s.length;
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < total; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[distinct++] = all[i];
      }
    }
    long[] vocab = Arrays.copyOf(all, distinct);
    int[] df = new int[distinct];
    int[][] ids = new int[n][];
    for (int k = 0; k < n; k++) {
      long[] s = units.get(reps[k]).shingles();
      ids[k] = new int[s.length];
      for (int j = 0; j < s.length; j++) {
        ids[k][j] = Arrays.binarySearch(vocab, s[j]);
        df[ids[k][j]]++;
      }
    }
    int[] start = new int[distinct + 1];
    for (int v = 0; v < distinct; v++) {
      start[v + 1] = start[v] + df[v];
    }
    int[] fill = Arrays.copyOf(start, distinct);
    int[] postings = new int[total];
    for (int k = 0; k < n; k++) {
      for (int v : ids[k]) {
        postings[fill[v]++] = k;
      }
    }
    int[] seen = new int[n];
    Arrays.fill(seen, -1);
    for (int k = 0; k < n; k++) {
      int size = ids[k].length;
      if (units.get(reps[k]).size() < minSize) {
        continue;
      }
      int prefix = size - (int) Math.ceil(c * size) + 1;
      Integer[] order = new Integer[size];
      for (int j = 0; j < size; j++) {
        order[j] = ids[k][j];
      }
      Arrays.sort(order, Comparator.<Integer>comparingInt(v -> df[v]).thenComparingInt(v -> v));
      for (int j = 0; j < Math.min(prefix, size); j++) {
        int v = order[j];
        if (df[v] > MAX_POSTINGS) {
          continue;
        }
        for (int p = start[v]; p < start[v + 1]; p++) {
          int o = postings[p];
          int osize = ids[o].length;
          if (o == k || seen[o] == k || osize < size || (osize == size && o < k)) {
            continue;
          }
          seen[o] = k;
          int a = reps[k];
          int b = reps[o];
          if (uf.find(a) != uf.find(b) && comparable(units.get(a), units.get(b))
              && intersection(ids[k], ids[o]) >= c * size) {
            uf.union(a, b);
          }
        }
      }
    }
  }

  // ---- clusters ---------------------------------------------------------------------------

  private static List<Cluster> clusters(List<ContentUnit> units, UnionFind uf) {
    Map<Integer, List<Integer>> byRoot = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      byRoot.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
    }
    List<Cluster> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<List<Integer>> groups = new ArrayList<>();
    for (List<Integer> g : byRoot.values()) {
      if (g.size() > 1) {
        g.sort(Comparator.comparing(units::get, ContentUnit.ORDER));
        groups.add(g);
      }
    }
    groups.sort(Comparator.comparing(g -> units.get(g.get(0)), ContentUnit.ORDER));
    for (List<Integer> g : groups) {
      ContentUnit first = units.get(g.get(0));
      boolean same = true;
      List<Cluster.Member> members = new ArrayList<>();
      for (int i : g) {
        ContentUnit u = units.get(i);
        same &= u.key().equals(first.key());
        members.add(member(first, u));
      }
      Cluster.Kind kind = switch (first.kind().family()) {
        case "code" -> Cluster.Kind.CODE;
        case "link" -> Cluster.Kind.LINK;
        default -> same ? Cluster.Kind.VERBATIM : Cluster.Kind.NEAR;
      };
      String id = id(kind, first.key());
      for (int k = 2; !ids.add(id); k++) {
        id = id(kind, first.key()) + "-" + k;
      }
      out.add(new Cluster(id, kind, members));
    }
    return out;
  }

  /** {@code b} as a member of a cluster whose first member is {@code a}. */
  static Cluster.Member member(ContentUnit a, ContentUnit b) {
    if (a.key().equals(b.key())) {
      return new Cluster.Member(b, 1.0, 1.0);
    }
    long[] x = a.shingles();
    long[] y = b.shingles();
    int inter = intersection(x, y);
    return new Cluster.Member(b, (double) inter / (x.length + y.length - inter),
        (double) inter / Math.max(1, Math.min(x.length, y.length)));
  }

  private static String id(Cluster.Kind kind, String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest((kind.label() + "\n" + key).getBytes(StandardCharsets.UTF_8));
      return "dup-" + HexFormat.of().formatHex(h, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * True unless the two are not to be reported as copies however alike: two sides of one
   * comparison in a note ("Don't:" and "Do:"), or units whose lines overlap.
   */
  private static boolean comparable(ContentUnit a, ContentUnit b) {
    return !overlap(a, b) && !(a.file().equals(b.file()) && !a.contrast().isEmpty()
        && !b.contrast().isEmpty() && !a.contrast().equals(b.contrast()));
  }

  /** Two units of one note whose lines overlap (a list item around another) are not a pair. */
  private static boolean overlap(ContentUnit a, ContentUnit b) {
    return a.file().equals(b.file()) && a.span().startLine() <= b.span().endLine()
        && b.span().startLine() <= a.span().endLine();
  }

  static double jaccard(long[] x, long[] y) {
    int inter = intersection(x, y);
    int union = x.length + y.length - inter;
    return union == 0 ? 0 : (double) inter / union;
  }

  private static int intersection(long[] x, long[] y) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        n++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  private static int intersection(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        n++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** Union-find with path halving and union by size. */
  static final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }
  }
}
