package org.notelint.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file through a temporary file beside it, then moves it in place, so a reader
 * (or a run that is killed half-way) never sees half a file.
 */
public final class AtomicFile {
  /** What writes the content. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private AtomicFile() {}

  /** Writes {@code target} with what {@code body} writes; the folder must exist. */
  public static void write(Path target, Body body) throws IOException {
    // Not Files.createTempFile: its files are private (0600), and the outputs are for
    // everyone the umask lets read them, like any file the user writes.
    Path tmp = target.resolveSibling("." + target.getFileName() + "."
        + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        body.writeTo(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
