package org.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that outgrows the heap ends with a reason and exit 3, not a stack trace. */
class OutOfMemoryTest {
  @TempDir Path dir;

  @Test
  void runningOutOfHeapIsExitThreeWithAdvice() throws Exception {
    StringBuilder note = new StringBuilder("# Notes\n\n");
    for (int i = 0; note.length() < 6_000_000; i++) {
      note.append("Paragraph ").append(i).append(" says that lists keep their order and that")
          .append(" a tuple of one needs a comma, as in t = (1,).\n\n");
    }
    for (int f = 0; f < 4; f++) {
      Files.writeString(dir.resolve("n" + f + ".md"), note);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx48m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "check", ".",
        "--no-grammar", "--no-cache", "--jobs", "1"))
        .directory(dir.toFile()).redirectErrorStream(false).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(3);
    assertThat(err).as("stdout: %d bytes", out.length).startsWith("notelint: out of memory: these"
        + " notes need more than the ").contains("NOTELINT_JAVA_OPTS=-Xmx4g")
        .doesNotContain("Exception", "\tat ");
  }
}
