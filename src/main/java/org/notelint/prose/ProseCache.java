package org.notelint.prose;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.notelint.io.AtomicFile;
import org.notelint.prose.LanguageToolEngine.Hit;

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
  private final Map<String, List<Hit>> old = new ConcurrentHashMap<>();
  private final Map<String, List<Hit>> used = new ConcurrentHashMap<>();
  private int loaded;

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
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)),
          0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The answer filed under {@code key}, or null. */
  public List<Hit> get(String key) {
    List<Hit> h = used.get(key);
    if (h == null) {
      h = old.remove(key);
      if (h != null) {
        used.put(key, h);
      }
    }
    return h;
  }

  public void put(String key, List<Hit> hits) {
    used.put(key, List.copyOf(hits));
  }

  /** How many answers the file held when it was read. */
  public int loaded() {
    return loaded;
  }

  /**
   * Reads answers from {@code file} (missing: nothing read). Returns null when it was read,
   * else why it was ignored.
   */
  public String load(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        return file + ": not a notelint prose cache of this version; ignored";
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String key = in.readUTF();
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
        old.put(key, List.copyOf(list));
      }
      loaded = n;
      return null;
    } catch (java.nio.file.FileSystemException e) {
      return null; // no cache yet, or its folder cannot exist (reported when writing)
    } catch (EOFException e) {
      old.clear();
      return file + ": cut short; ignored";
    } catch (IOException | RuntimeException e) {
      old.clear();
      return file + ": unreadable (" + e.getMessage() + "); ignored";
    }
  }

  /**
   * Writes this run's answers, then older ones up to {@link #MAX_ENTRIES}, to {@code file}
   * through a temporary file (a reader never sees half a cache).
   */
  public void save(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Map<String, List<Hit>> now = new TreeMap<>(used);
    Map<String, List<Hit>> before = new TreeMap<>(old);
    AtomicFile.write(file, raw -> {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
      int n = Math.min(MAX_ENTRIES, now.size() + before.size());
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(n);
      int written = 0;
      for (Map<String, List<Hit>> m : List.of(now, before)) {
        for (Map.Entry<String, List<Hit>> e : m.entrySet()) {
          if (written++ >= n) {
            break;
          }
          out.writeUTF(e.getKey());
          out.writeInt(e.getValue().size());
          for (Hit h : e.getValue()) {
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
      }
      out.flush();
    });
  }

  /** writeUTF takes at most 65,535 bytes; messages and suggestions are far shorter. */
  private static String clip(String s) {
    return s.length() > 8_000 ? s.substring(0, 8_000) : s;
  }
}
