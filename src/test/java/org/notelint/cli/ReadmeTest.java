package org.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's CLI reference is the real --help text, and its commands are the real ones. */
class ReadmeTest {
  private static String readme() throws IOException {
    return Files.readString(Path.of("README.md"));
  }

  @Test
  void cliReferenceIsTheHelpText() throws IOException {
    String r = readme();
    String block = r.substring(r.indexOf("<!-- help:start -->"), r.indexOf("<!-- help:end -->"));
    String fenced = block.substring(block.indexOf("```\n") + 4, block.lastIndexOf("```"));
    assertThat(fenced).isEqualTo(CliOptions.help());
  }

  @Test
  void testCommandIsWhatCiRuns() throws IOException {
    assertThat(readme()).contains("mvn -B verify");
    assertThat(Files.readString(Path.of(".ci/run"))).contains("\nmvn -B verify\n");
  }
}
