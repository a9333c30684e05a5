package org.notelint.lint;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data files of a sub-folder of the rules ({@code prose/}, {@code topics/}): the shipped
 * ones and the user's, with the names errors show, and the helpers their strict YAML readers
 * share to name file and line.
 */
public final class RuleFiles {
  private RuleFiles() {}

  /** A data file: the name errors show ({@code rules/topics/x.yaml:3}) and where it is. */
  public record Source(String shown, Path path) {}

  /** The shipped files of {@code sub} matching {@code glob}, by file name. */
  public static Map<String, Source> shipped(String sub, String glob) throws RuleFileException {
    Map<String, Source> out = new TreeMap<>();
    Path builtin = Builtins.dir(sub);
    if (builtin != null) {
      list(builtin, "(built-in) " + sub + "/", glob, out);
    }
    return out;
  }

  /**
   * The user's files of {@code rulesDir/sub} matching {@code glob}, by file name, shown under
   * {@code shown} (the rules folder as the user named it); empty when there is no such folder.
   */
  public static Map<String, Source> user(String sub, String glob, Path rulesDir, String shown)
      throws RuleFileException {
    Map<String, Source> out = new TreeMap<>();
    if (rulesDir != null && Files.isDirectory(rulesDir.resolve(sub))) {
      String prefix = (shown == null ? rulesDir.toString() : shown).replaceAll("[/\\\\]+$", "")
          .replace('\\', '/') + "/" + sub + "/";
      list(rulesDir.resolve(sub), prefix, glob, out);
    }
    return out;
  }

  private static void list(Path dir, String prefix, String glob, Map<String, Source> out)
      throws RuleFileException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        out.put(name, new Source(prefix + name, p));
      }
    } catch (IOException e) {
      throw new RuleFileException(prefix + ": cannot list: " + e.getMessage());
    }
  }

  /** The text of a data file, UTF-8. */
  public static String read(Source s) throws RuleFileException {
    try {
      return Files.readString(s.path(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleFileException(s.shown() + ": cannot read: " + e.getMessage());
    }
  }

  /** Throws {@code file:line: message} at the parser's position unless {@code ok}. */
  public static void expect(String file, JsonParser p, boolean ok, String message)
      throws RuleFileException {
    if (!ok) {
      throw new RuleFileException(file + ":" + line(p.currentLocation()) + ": " + message);
    }
  }

  /** The 1-based line of a parser location (0 when unknown). */
  public static int line(JsonLocation l) {
    return l == null ? 0 : l.getLineNr();
  }
}
