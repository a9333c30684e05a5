package org.notelint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. A mismatch fails; run the tests with
 * {@code -Dnotelint.updateSnapshots=true} to rewrite them, then review the diff by hand.
 */
public final class Snapshots {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Snapshots() {}

  /** Asserts {@code actual} equals the golden file {@code name}. */
  public static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    try {
      if (Boolean.getBoolean("notelint.updateSnapshots")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (create it with -Dnotelint.updateSnapshots=true)", file)
          .exists();
      assertThat(actual).as("golden file %s", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The five seed notes, as they ship in {@code input/}. */
  public static Path inputDir() {
    return Path.of("input");
  }

  /** {@code ../shared/corpus} beside the project, when it is there. */
  public static Path corpusDir() {
    return Path.of("..", "shared", "corpus");
  }
}
