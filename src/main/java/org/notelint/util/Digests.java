package org.notelint.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as hex, for cache keys and fingerprints. */
public final class Digests {
  private Digests() {}

  /** A new SHA-256 digest (every JDK has it). */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first {@code bytes} bytes of the SHA-256 of {@code s} (UTF-8), as hex. */
  public static String hex(String s, int bytes) {
    return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)), 0, bytes);
  }
}
