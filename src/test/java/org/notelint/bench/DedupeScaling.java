package org.notelint.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.notelint.dedupe.Cluster;
import org.notelint.dedupe.DedupeSettings;
import org.notelint.dedupe.Deduper;
import org.notelint.ingest.DocumentReader;
import org.notelint.model.NoteDocument;

/**
 * The dedupe stage's scaling benchmark: generates a seeded synthetic corpus of N units
 * (Markdown notes of 100 units each: paragraphs, list items and Python functions, with planted
 * verbatim copies, edited copies and renamed code), ingests it outside the timing, then times
 * dedupe and samples the heap. Run with {@code bench/dedupe.sh}.
 *
 * <p>Usage: {@code DedupeScaling generate DIR UNITS} or {@code DedupeScaling run DIR JOBS}.
 */
public final class DedupeScaling {
  private static final int PER_FILE = 100;

  private DedupeScaling() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("generate")) {
      generate(Path.of(args[1]), Integer.parseInt(args[2]), 42);
    } else if (args.length == 3 && args[0].equals("run")) {
      run(Path.of(args[1]), Integer.parseInt(args[2]));
    } else {
      System.err.println("usage: DedupeScaling generate DIR UNITS | run DIR JOBS");
      System.exit(2);
    }
  }

  // ---- the synthetic corpus ---------------------------------------------------------------

  /** Writes {@code units} units into DIR/note-NNNNN.md; prints what was planted. */
  static void generate(Path dir, int units, long seed) throws IOException {
    Random r = new Random(seed);
    String[] vocab = new String[5000];
    String[] syl = {"ka", "lo", "mi", "ne", "tor", "ple", "qua", "shi", "ven", "dra", "po", "zel",
        "ri", "bun", "sa", "ith", "gro", "mel", "fa", "cu"};
    for (int i = 0; i < vocab.length; i++) {
      StringBuilder w = new StringBuilder();
      int n = 1 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        w.append(syl[r.nextInt(syl.length)]);
      }
      vocab[i] = w.toString() + (i % 7 == 0 ? "s" : "");
    }
    Files.createDirectories(dir);
    List<String> made = new ArrayList<>();
    List<String> code = new ArrayList<>();
    int verbatim = 0;
    int edited = 0;
    int renamed = 0;
    StringBuilder file = new StringBuilder();
    for (int u = 0; u < units; u++) {
      if (u % PER_FILE == 0) {
        flush(dir, u / PER_FILE - 1, file);
        file.append("# Note ").append(u / PER_FILE).append("\n\n");
      }
      double p = r.nextDouble();
      String unit;
      if (p < 0.04 && !made.isEmpty()) {
        unit = made.get(r.nextInt(made.size()));
        verbatim++;
      } else if (p < 0.08 && !made.isEmpty()) {
        unit = edit(made.get(r.nextInt(made.size())), r, vocab);
        edited++;
      } else if (p < 0.25) {
        if (r.nextInt(5) == 0 && !code.isEmpty()) {
          // The same function with its variables renamed.
          unit = code.get(r.nextInt(code.size())).replace("out", "result")
              .replace(" v", " item").replace("(v", "(item").replace(" x", " y")
              .replace("data", "rows_in").replace("items", "xs").replace("values", "vals");
          renamed++;
        } else {
          unit = code(r, vocab);
          code.add(unit);
        }
      } else if (p < 0.45) {
        unit = "- " + sentence(r, vocab, 10 + r.nextInt(15));
      } else {
        unit = sentence(r, vocab, 20 + r.nextInt(40));
      }
      made.add(unit);
      file.append(unit.startsWith("```") ? unit : wrap(unit).replace("\n", unit.startsWith("- ")
          ? "\n  " : "\n")).append("\n\n");
    }
    flush(dir, (units - 1) / PER_FILE, file);
    System.out.printf(Locale.ROOT, "generated %d units in %d files: %d verbatim copies, "
        + "%d edited copies, %d renamed functions planted%n", units,
        (units + PER_FILE - 1) / PER_FILE, verbatim, edited, renamed);
  }

  private static void flush(Path dir, int index, StringBuilder file) throws IOException {
    if (index >= 0 && file.length() > 0) {
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "note-%05d.md", index)),
          file.toString(), StandardCharsets.UTF_8);
    }
    file.setLength(0);
  }

  /** Words drawn with a skewed distribution, so common words repeat as in real prose. */
  private static String sentence(Random r, String[] vocab, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      double x = r.nextDouble();
      int k = (int) (vocab.length * x * x * x);
      sb.append(i == 0 ? "" : " ").append(vocab[k]);
      if (i % 12 == 11) {
        sb.append(',');
      }
    }
    return sb.append('.').toString();
  }

  /** A copy with about one word in ten replaced (code is left as it is). */
  private static String edit(String unit, Random r, String[] vocab) {
    if (unit.startsWith("```")) {
      return unit;
    }
    String[] words = unit.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (r.nextInt(10) == 0) {
        words[i] = vocab[r.nextInt(vocab.length)];
      }
    }
    return String.join(" ", words);
  }

  /** Statements the generated functions are made of: different calls, attributes, shapes. */
  private static final String[] STATEMENTS = {
      "path = os.path.join(root, 'NAME')",
      "for i, v in enumerate(ARG):\n        out.append(v.NAME)",
      "for v in ARG:\n        total += v.NAME * LIT",
      "for key, group in itertools.groupby(ARG, key=len):\n        counts[key] = len(list(group))",
      "with open(path) as f:\n        lines = f.read().splitlines()",
      "if not ARG:\n        raise ValueError('empty')",
      "result = sorted(ARG, key=lambda x: x.NAME)[:LIT]",
      "data = json.loads(text)\n    data.setdefault('NAME', LIT)",
      "match = re.search(r'\\d+', line)\n    value = int(match.group(0)) if match else LIT",
      "while queue:\n        node = queue.popleft()\n        seen.add(node.NAME)",
      "try:\n        conn.execute(sql, (ARG, LIT))\n    except sqlite3.Error as e:\n        log.warning(e)",
      "args = parser.parse_args()\n    logging.basicConfig(level=args.NAME)",
      "frame = pd.DataFrame(ARG)\n    frame['NAME'] = frame['NAME'].fillna(LIT)",
      "async with session.get(url) as resp:\n        body = await resp.text()",
      "yield from (x.NAME for x in ARG if x.NAME > LIT)",
      "return functools.reduce(operator.add, ARG, LIT)"};

  private static String code(Random r, String[] vocab) {
    String[] names = {"data", "items", "values", "rows", "records", "entries"};
    String a = names[r.nextInt(names.length)];
    StringBuilder sb = new StringBuilder("```python\ndef f" + r.nextInt(1000) + "(" + a
        + ", limit=" + r.nextInt(100) + "):\n    out = []\n");
    int n = 3 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      sb.append("    ").append(STATEMENTS[r.nextInt(STATEMENTS.length)]
          .replace("ARG", a).replace("NAME", vocab[r.nextInt(vocab.length)])
          .replace("LIT", Integer.toString(r.nextInt(100)))).append('\n');
    }
    return sb.append("    return out\n```").toString();
  }

  /** Prose wrapped at 72 columns, as notes are written. */
  private static String wrap(String text) {
    StringBuilder sb = new StringBuilder();
    int col = 0;
    for (String w : text.split(" ")) {
      if (col > 0 && col + 1 + w.length() > 72) {
        sb.append('\n');
        col = 0;
      } else if (col > 0) {
        sb.append(' ');
        col++;
      }
      sb.append(w);
      col += w.length();
    }
    return sb.toString();
  }

  // ---- the measurement ----------------------------------------------------------------------

  static void run(Path dir, int jobs) throws Exception {
    List<NoteDocument> docs = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        docs.add(DocumentReader.read(p.getFileName().toString(), Files.readAllBytes(p)));
      }
    }
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    double[] times = new double[4];
    long peak = 0;
    Deduper.Result result = null;
    for (int i = 0; i < times.length; i++) {
      result = null;
      System.gc();
      long base = mem.getHeapMemoryUsage().getUsed();
      AtomicLong max = new AtomicLong(base);
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          max.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();
      long t0 = System.nanoTime();
      result = new Deduper(DedupeSettings.DEFAULTS, jobs).run(docs);
      times[i] = (System.nanoTime() - t0) / 1e9;
      sampler.interrupt();
      sampler.join();
      peak = Math.max(peak, max.get() - base);
    }
    double[] timed = Arrays.copyOfRange(times, 1, times.length);
    Arrays.sort(timed);
    System.gc();
    long retained = mem.getHeapMemoryUsage().getUsed();
    int members = 0;
    int[] kinds = new int[Cluster.Kind.values().length];
    for (Cluster c : result.clusters()) {
      members += c.members().size();
      kinds[c.kind().ordinal()]++;
    }
    System.out.printf(Locale.ROOT, "dedupe: %d files, %d units, jobs %d: median %.3f s (runs "
            + "%.3f %.3f %.3f after a warm-up of %.3f s); peak heap growth %.0f MB; heap with "
            + "the result held %.0f MB; %d clusters (verbatim %d, near %d, code %d, link %d), "
            + "%d units in clusters%n",
        docs.size(), result.units().size(), jobs, timed[1], timed[0], timed[1], timed[2],
        times[0], peak / 1e6, retained / 1e6, result.clusters().size(), kinds[0], kinds[1],
        kinds[2], kinds[3], members);
  }
}
