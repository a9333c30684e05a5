package org.notelint.lint;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The data shipped inside notelint ({@code notelint/rules/} on the class path). */
public final class Builtins {
  /** Where the shipped rules live on the class path. */
  public static final String ROOT = "notelint/rules";

  private Builtins() {}

  /**
   * The shipped folder {@code sub} of the rules (empty: the rules folder itself) as a path
   * that can be listed, inside the jar or on disk; null when it is not there.
   */
  public static Path dir(String sub) throws RuleFileException {
    String name = sub.isEmpty() ? ROOT : ROOT + "/" + sub;
    URL url = Builtins.class.getClassLoader().getResource(name);
    if (url == null) {
      return null;
    }
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) {
        return Path.of(uri);
      }
      FileSystem fs;
      try {
        fs = FileSystems.getFileSystem(uri);
      } catch (FileSystemNotFoundException e) {
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
          fs = FileSystems.getFileSystem(uri);
        }
      }
      return fs.getPath(name);
    } catch (IOException | URISyntaxException e) {
      throw new RuleFileException("cannot read the built-in rules: " + e.getMessage());
    }
  }
}
