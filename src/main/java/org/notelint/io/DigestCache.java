package org.notelint.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values filed under digests, kept in one file between runs: read whole at the start, written
 * whole at the end through a temporary file (a reader never sees half a file), this run's
 * entries first, then older ones up to a limit. It is a cache: a file that is missing, of
 * another version or damaged costs time only, and is named and ignored. Safe to use from
 * several threads.
 *
 * @param <V> what is filed; {@link Codec} reads and writes one
 */
public final class DigestCache<V> {
  /** Reads and writes one value. */
  public interface Codec<V> {
    void write(DataOutputStream out, V value) throws IOException;

    V read(DataInputStream in) throws IOException;
  }

  private final int magic;
  private final int format;
  private final int maxEntries;
  private final String kind;
  private final Codec<V> codec;
  private final Map<String, V> old = new ConcurrentHashMap<>();
  private final Map<String, V> used = new ConcurrentHashMap<>();
  private int loaded;

  /**
   * A cache whose files start with {@code magic} and {@code format} (a file with others is
   * ignored), holding at most {@code maxEntries}; {@code kind} names it in messages ("prose
   * cache").
   */
  public DigestCache(int magic, int format, int maxEntries, String kind, Codec<V> codec) {
    this.magic = magic;
    this.format = format;
    this.maxEntries = maxEntries;
    this.kind = kind;
    this.codec = codec;
  }

  /** The value filed under {@code key}, or null. */
  public V get(String key) {
    V v = used.get(key);
    if (v == null) {
      v = old.remove(key);
      if (v != null) {
        used.put(key, v);
      }
    }
    return v;
  }

  public void put(String key, V value) {
    used.put(key, value);
  }

  /** How many entries the file held when it was read. */
  public int loaded() {
    return loaded;
  }

  /**
   * Reads the entries of {@code file} (missing: nothing read). Returns null when it was read
   * or is not there yet, else why it was ignored.
   */
  public String load(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != magic || in.readInt() != format) {
        return file + ": not a notelint " + kind + " of this version; ignored";
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String key = in.readUTF();
        old.put(key, codec.read(in));
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

  /** Writes this run's entries, then older ones, up to the limit, to {@code file}. */
  public void save(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Map<String, V> now = new TreeMap<>(used);
    Map<String, V> before = new TreeMap<>(old);
    AtomicFile.write(file, raw -> {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
      int n = Math.min(maxEntries, now.size() + before.size());
      out.writeInt(magic);
      out.writeInt(format);
      out.writeInt(n);
      int written = 0;
      for (Map<String, V> m : List.of(now, before)) {
        for (Map.Entry<String, V> e : m.entrySet()) {
          if (written++ >= n) {
            break;
          }
          out.writeUTF(e.getKey());
          codec.write(out, e.getValue());
        }
      }
      out.flush();
    });
  }
}
