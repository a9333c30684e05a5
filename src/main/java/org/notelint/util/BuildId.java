package org.notelint.util;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which build of notelint is running, as a digest: of the jar's bytes (the build is
 * reproducible, so the same sources give the same jar; a new dependency changes its
 * manifest), or of the class files' names, sizes and times when running from a classes
 * folder (tests). Results cached under one build are never read by another.
 */
public final class BuildId {
  private static volatile String id;

  private BuildId() {}

  /** The digest of this build, computed once per process. */
  public static String get() {
    String s = id;
    if (s == null) {
      s = compute();
      id = s;
    }
    return s;
  }

  private static String compute() {
    try {
      MessageDigest md = Digests.sha256();
      Path where = Path.of(BuildId.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (Files.isRegularFile(where)) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(where), md)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
      } else {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(where)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          md.update((where.relativize(f) + "\u0000" + Files.size(f) + "\u0000"
              + Files.getLastModifiedTime(f).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Unknown build: a digest no other process shares, so nothing cached is trusted.
      return "unknown-" + Long.toHexString(System.nanoTime()) + "-" + ProcessHandle.current().pid();
    }
  }
}
