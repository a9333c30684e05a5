package org.notelint.prose;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.notelint.io.DigestCache;
import org.notelint.prose.LanguageToolEngine.Hit;
import org.notelint.util.Digests;

/**
 * What LanguageTool found per passage, keyed by a digest of the passage (its prose and
 * markup) and of everything that changes the answer (LanguageTool's version, the language,
 * the rule settings and word lists). Identical passages in one run are checked once; with a
 * file, unchanged passages are not checked again in the next run. The file is a cache:
 * deleting it costs time only, and one that cannot be read is ignored.
 */
public final class ProseCache {
  private static final int MAGIC = 0x4e4c5043; // "NLPC"
  /** Bumped whenever what the adapter sends to LanguageTool or keeps of its answer changes. */
  static final int FORMAT = 1;
  /** Entries kept in the file at most: this run's first, then older ones. */
  static final int MAX_ENTRIES = 250_000;

  private final String keyPrefix;
  private final DigestCache<List<Hit>> entries =
      new DigestCache<>(MAGIC, FORMAT, MAX_ENTRIES, "prose cache", new HitsCodec());

  /** An empty cache for answers under {@code fingerprint} (language, settings, versions). */
  public ProseCache(String fingerprint) {
    this.keyPrefix = FORMAT + "\u0000" + fingerprint + "\u0000";
  }

  /** The digest a passage is filed under. */
  public String key(ProseChunk chunk) {
    StringBuilder sb = new StringBuilder(keyPrefix);
    for (ProseChunk.Part p : chunk.parts()) {
      sb.append(p.markup() ? '\u0001' : '\u0002').append(p.source());
      if (p.markup()) {
        sb.append('\u0003').append(p.readAs());
      }
    }
    return Digests.hex(sb.toString(), 16);
  }

  /** The answer filed under {@code key}, or null. */
  public List<Hit> get(String key) {
    return entries.get(key);
  }

  public void put(String key, List<Hit> hits) {
    entries.put(key, List.copyOf(hits));
  }

  /** How many answers the file held when it was read. */
  public int loaded() {
    return entries.loaded();
  }

  /**
   * Reads answers from {@code file} (missing: nothing read). Returns null when it was read,
   * else why it was ignored.
   */
  public String load(Path file) {
    return entries.load(file);
  }

  /**
   * Writes this run's answers, then older ones up to {@link #MAX_ENTRIES}, to {@code file}
   * through a temporary file (a reader never sees half a cache).
   */
  public void save(Path file) throws IOException {
    entries.save(file);
  }

  /** One passage's answer in the file. */
  private static final class HitsCodec implements DigestCache.Codec<List<Hit>> {
    @Override
    public void write(DataOutputStream out, List<Hit> value) throws IOException {
      out.writeInt(value.size());
      for (Hit h : value) {
        out.writeInt(h.from());
        out.writeInt(h.to());
        out.writeUTF(clip(h.ruleId()));
        out.writeUTF(clip(h.description()));
        out.writeUTF(clip(h.issueType()));
        out.writeUTF(clip(h.message()));
        out.writeBoolean(h.spelling());
        out.writeInt(h.suggestions().size());
        for (String s : h.suggestions()) {
          out.writeUTF(clip(s));
        }
      }
    }

    @Override
    public List<Hit> read(DataInputStream in) throws IOException {
      int hits = in.readInt();
      List<Hit> list = new ArrayList<>(hits);
      for (int j = 0; j < hits; j++) {
        int from = in.readInt();
        int to = in.readInt();
        String rule = in.readUTF();
        String description = in.readUTF();
        String type = in.readUTF();
        String message = in.readUTF();
        boolean spelling = in.readBoolean();
        int s = in.readInt();
        List<String> sugg = new ArrayList<>(s);
        for (int k = 0; k < s; k++) {
          sugg.add(in.readUTF());
        }
        list.add(new Hit(from, to, rule, description, type, message, sugg, spelling));
      }
      return List.copyOf(list);
    }
  }

  /** writeUTF takes at most 65,535 bytes; messages and suggestions are far shorter. */
  private static String clip(String s) {
    return s.length() > 8_000 ? s.substring(0, 8_000) : s;
  }
}
