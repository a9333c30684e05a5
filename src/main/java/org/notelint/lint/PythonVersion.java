package org.notelint.lint;

/** A Python feature version such as 3.9 (micro versions are dropped: 3.5.3 is 3.5). */
public record PythonVersion(int major, int minor) implements Comparable<PythonVersion> {

  /** Parses {@code 3.9}, {@code 3.5.3} or {@code 2}; throws IllegalArgumentException. */
  public static PythonVersion parse(String s) {
    String[] parts = s.strip().split("\\.");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : major == 2 ? 7 : 0;
      if (major < 1 || major > 9 || minor < 0 || minor > 99) {
        throw new IllegalArgumentException("not a Python version: " + s);
      }
      return new PythonVersion(major, minor);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a Python version: " + s);
    }
  }

  @Override
  public int compareTo(PythonVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  /** True when this version is {@code o} or newer. */
  public boolean atLeast(PythonVersion o) {
    return compareTo(o) >= 0;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
