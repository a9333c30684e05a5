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

  /**
   * The CI recipes: every YAML block parses, and every notelint command in them is a command
   * line notelint accepts (GitHub expressions such as ${{ ... }} stand for a word).
   */
  @Test
  void recipesParseAndTheirCommandsAreValid() throws Exception {
    String r = readme();
    String recipes = r.substring(r.indexOf("### CI"), r.indexOf("### Suppressions"));
    var yaml = new com.fasterxml.jackson.databind.ObjectMapper(
        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("```yaml\n(.*?)```",
        java.util.regex.Pattern.DOTALL).matcher(recipes);
    int blocks = 0;
    int commands = 0;
    while (m.find()) {
      String block = m.group(1);
      assertThat(yaml.readTree(block)).as(block).isNotNull();
      assertThat(yaml.readTree(block).isObject()).as(block).isTrue();
      blocks++;
      java.util.regex.Matcher c = java.util.regex.Pattern.compile(
          "\\./notelint ([^\\n]*)").matcher(block);
      while (c.find()) {
        String line = c.group(1).replaceAll("\\$\\{\\{[^}]*}}", "main").strip();
        RunConfig parsed = CliOptions.parse(line.split("\\s+"));
        assertThat(parsed.command()).isIn("check", "build");
        commands++;
      }
    }
    assertThat(blocks).as("settings file, GitHub, pre-commit and GitLab").isEqualTo(4);
    assertThat(commands).isGreaterThanOrEqualTo(4);
  }

  @Test
  void testCommandIsWhatCiRuns() throws IOException {
    assertThat(readme()).contains("mvn -B verify");
    assertThat(Files.readString(Path.of(".ci/run"))).contains("\nmvn -B verify\n");
  }
}
