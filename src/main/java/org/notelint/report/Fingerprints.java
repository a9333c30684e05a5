package org.notelint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.notelint.model.Finding;

/**
 * What identifies a finding across edits: its rule, its file and the text of the line it is
 * on (trimmed, inner whitespace collapsed), never the line number, so that lines inserted
 * above it do not make it new. Two findings with the same key are told apart by their order
 * ({@code :1}, {@code :2}, ...). Baselines and SARIF {@code partialFingerprints} use it.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** The line's text as the key uses it. */
  public static String normalize(String line) {
    return org.notelint.util.Spaces.collapse(line.strip());
  }

  /** The key of each finding, in the order given: {@code hash:n}. */
  public static List<String> of(List<Finding> findings, SourceLines lines) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String h = hash(f.ruleId() + "\u0000" + f.file() + "\u0000"
          + normalize(lines.line(f.file(), f.span().startLine())));
      out.add(h + ":" + seen.merge(h, 1, Integer::sum));
    }
    return out;
  }

  /** The first 16 hex digits of the SHA-256 of {@code s}. */
  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every JDK has SHA-256
    }
  }
}
