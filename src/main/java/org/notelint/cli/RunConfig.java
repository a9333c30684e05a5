package org.notelint.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a run needs, parsed once from the command line. {@code rules} is null when
 * --rules was not given (then rules/ is used when it exists); {@code cache} is null with
 * --no-cache.
 */
public record RunConfig(String command, List<Path> paths, Path output, Path rules,
    String format, FailOn failOn, String python, boolean grammar, String lang, Path cache,
    int jobs, long maxFileBytes, boolean quiet, boolean verbose, String ruleId) {
  public RunConfig {
    paths = List.copyOf(paths);
  }
}
