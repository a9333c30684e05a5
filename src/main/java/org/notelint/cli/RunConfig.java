package org.notelint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a run needs, parsed once from the command line (and then completed from the
 * configuration file). {@code rules} is null when --rules was not given (then rules/ is used
 * when it exists); {@code cache} is null with --no-cache; {@code given} holds the long names of
 * the options the command line set, which a configuration file does not override.
 */
public record RunConfig(String command, List<Path> paths, Path output, Path rules,
    String format, FailOn failOn, String python, boolean grammar, String lang, Path cache,
    int jobs, long maxFileBytes, boolean quiet, boolean verbose, String ruleId,
    Path config, boolean noConfig, Path baseline, Path writeBaseline, String changedSince,
    Set<String> given, Extras extras) {

  /** What only a configuration file sets. */
  public record Extras(String file, List<String> include, List<String> exclude,
      Map<String, String> ruleLevels, Map<String, Integer> ruleLines, List<Path> words,
      List<Path> topics) {
    public static final Extras NONE = new Extras(null, List.of(), List.of(), Map.of(),
        Map.of(), List.of(), List.of());

    public Extras {
      include = List.copyOf(include);
      exclude = List.copyOf(exclude);
      ruleLevels = Map.copyOf(ruleLevels);
      ruleLines = Map.copyOf(ruleLines);
      words = List.copyOf(words);
      topics = List.copyOf(topics);
    }
  }

  public RunConfig {
    paths = List.copyOf(paths);
    given = Set.copyOf(given);
  }

  /** This run with the settings of {@code f} that the command line left unset. */
  RunConfig with(ConfigFile f) {
    return new RunConfig(command, paths, output, rules, format,
        f.failOn() != null && !given.contains("fail-on")
            ? FailOn.valueOf(f.failOn().toUpperCase(java.util.Locale.ROOT)) : failOn,
        f.python() != null && !given.contains("python") ? f.python() : python,
        f.grammar() != null && !given.contains("no-grammar") ? f.grammar() : grammar,
        f.lang() != null && !given.contains("lang") ? f.lang() : lang,
        cache,
        f.jobs() != null && !given.contains("jobs") ? f.jobs() : jobs,
        maxFileBytes, quiet, verbose, ruleId, config, noConfig, baseline, writeBaseline,
        changedSince, given,
        new Extras(f.shown(), f.include(), f.exclude(), f.rules(), f.ruleLines(), f.words(),
            f.topics()));
  }
}
