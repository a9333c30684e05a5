package org.notelint.lint;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.notelint.io.DigestCache;
import org.notelint.model.Category;
import org.notelint.model.Finding;
import org.notelint.model.Fix;
import org.notelint.model.NoteDocument;
import org.notelint.model.Severity;
import org.notelint.model.SourceSpan;
import org.notelint.util.Digests;

/**
 * What the rules and the spelling and grammar stage found in each note, keyed by a digest of
 * the note (path, format, line endings, text) and of everything else that changes the answer
 * (notelint's build, the rule files, the target Python version, the prose settings). An
 * unchanged note is not linted again in the next run; the findings found across notes
 * (duplicates) and the inline suppressions are applied afresh every run. Like the prose
 * cache it is a cache: deleting it costs time only, and one that cannot be read is ignored.
 */
public final class LintCache {
  private static final int MAGIC = 0x4e4c4c43; // "NLLC"
  /** Bumped whenever the file layout changes. */
  static final int FORMAT = 1;
  /** Notes kept in the file at most: this run's first, then older ones. */
  static final int MAX_ENTRIES = 50_000;

  private final String keyPrefix;
  private final DigestCache<List<Finding>> entries =
      new DigestCache<>(MAGIC, FORMAT, MAX_ENTRIES, "lint cache", new FindingsCodec());
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();

  /**
   * An empty cache for findings under {@code fingerprint}: whatever besides the note changes
   * what the rules report (the caller includes the rule files, the Python version and the
   * prose settings; this build of notelint is added here).
   */
  public LintCache(String fingerprint) {
    this.keyPrefix = FORMAT + "\u0000" + org.notelint.util.BuildId.get() + "\u0000"
        + fingerprint + "\u0000";
  }

  /** The digest a note is filed under. */
  public String key(NoteDocument doc) {
    MessageDigest md = Digests.sha256();
    md.update((keyPrefix + doc.path() + "\u0000" + doc.format() + "\u0000" + doc.lineEnding()
        + "\u0000").getBytes(StandardCharsets.UTF_8));
    md.update(doc.source().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  /** The findings filed under {@code key}, or null (counted as a hit or a miss). */
  public List<Finding> get(String key) {
    List<Finding> f = entries.get(key);
    (f == null ? misses : hits).incrementAndGet();
    return f;
  }

  public void put(String key, List<Finding> findings) {
    entries.put(key, List.copyOf(findings));
  }

  /** Notes whose findings came from the cache in this run. */
  public int hits() {
    return hits.get();
  }

  /** Notes that were linted in this run. */
  public int misses() {
    return misses.get();
  }

  /**
   * Reads findings from {@code file} (missing: nothing read). Returns null when it was read
   * (or is not there yet), else why it was ignored.
   */
  public String load(Path file) {
    return entries.load(file);
  }

  /**
   * Writes this run's findings, then older ones up to {@link #MAX_ENTRIES} notes, to
   * {@code file} through a temporary file (a reader never sees half a cache).
   */
  public void save(Path file) throws IOException {
    entries.save(file);
  }

  /** One note's findings in the file. */
  private static final class FindingsCodec implements DigestCache.Codec<List<Finding>> {
    private static final Severity[] SEVERITIES = Severity.values();
    private static final Category[] CATEGORIES = Category.values();

    @Override
    public void write(DataOutputStream out, List<Finding> value) throws IOException {
      out.writeInt(value.size());
      for (Finding f : value) {
        out.writeUTF(f.ruleId());
        out.writeByte(f.severity().ordinal());
        out.writeByte(f.category().ordinal());
        writeLong(out, f.message());
        out.writeUTF(f.file());
        span(out, f.span());
        out.writeBoolean(f.fix() != null);
        if (f.fix() != null) {
          writeLong(out, f.fix().description());
          writeLong(out, f.fix().replacement());
        }
        out.writeInt(f.related().size());
        for (Finding.Location l : f.related()) {
          out.writeUTF(l.file());
          span(out, l.span());
          writeLong(out, l.message());
        }
      }
    }

    @Override
    public List<Finding> read(DataInputStream in) throws IOException {
      int count = in.readInt();
      List<Finding> list = new ArrayList<>(count);
      for (int j = 0; j < count; j++) {
        String rule = in.readUTF();
        Severity severity = SEVERITIES[in.readUnsignedByte()];
        Category category = CATEGORIES[in.readUnsignedByte()];
        String message = readLong(in);
        String path = in.readUTF();
        SourceSpan span = span(in);
        Fix fix = in.readBoolean() ? new Fix(readLong(in), readLong(in)) : null;
        int related = in.readInt();
        List<Finding.Location> locations = new ArrayList<>(related);
        for (int k = 0; k < related; k++) {
          locations.add(new Finding.Location(in.readUTF(), span(in), readLong(in)));
        }
        list.add(new Finding(rule, severity, category, message, path, span, fix, locations));
      }
      return List.copyOf(list);
    }
  }

  private static SourceSpan span(DataInputStream in) throws IOException {
    return new SourceSpan(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
  }

  private static void span(DataOutputStream out, SourceSpan s) throws IOException {
    out.writeInt(s.startLine());
    out.writeInt(s.startColumn());
    out.writeInt(s.endLine());
    out.writeInt(s.endColumn());
    out.writeInt(s.cell());
  }

  /** A string of any length (writeUTF stops at 65,535 bytes; a fix can be a whole block). */
  private static void writeLong(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readLong(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (64 << 20)) {
      throw new IOException("a string of " + n + " bytes");
    }
    byte[] b = in.readNBytes(n);
    if (b.length < n) {
      throw new EOFException();
    }
    return new String(b, StandardCharsets.UTF_8);
  }
}
