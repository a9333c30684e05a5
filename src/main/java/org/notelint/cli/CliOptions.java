package org.notelint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.notelint.prose.LanguageToolEngine;

/** The command-line surface: one {@link Options} set, parsed into a {@link RunConfig}. */
public final class CliOptions {
  /**
   * The newest stable CPython confirmed on the reference date (2026-11-21), the default for
   * --python. 3.15.0 was scheduled for 2026-10 but its release is not confirmed in the facts
   * reference, so 3.14 it is.
   */
  public static final String DEFAULT_PYTHON = "3.14";
  static final String USAGE = "notelint <check|build|rules|inspect> [options] [PATH...]";
  static final List<String> COMMANDS = List.of("check", "build", "rules", "inspect");
  static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "github");
  static final List<String> FORMATS_AVAILABLE = FORMATS;

  private CliOptions() {}

  /** The options, shared by parsing and by --help so the two never disagree. */
  static Options options() {
    Options o = new Options();
    o.addOption(Option.builder("o").longOpt("output").hasArg().argName("DIR")
        .desc("where build writes its files (default: output/)").build());
    o.addOption(Option.builder().longOpt("rules").hasArg().argName("DIR")
        .desc("folder of rule packs (*.yaml); a pack there replaces the built-in pack of the "
            + "same name, others are added (default: rules/ when it exists)").build());
    o.addOption(Option.builder("f").longOpt("format").hasArg().argName("FORMAT")
        .desc("check's report format: text (default), json, sarif, junit, github (workflow "
            + "commands for GitHub Actions annotations)").build());
    o.addOption(Option.builder().longOpt("fail-on").hasArg().argName("LEVEL")
        .desc("exit 1 when a finding is at or above LEVEL: error, warning (default), note, "
            + "never").build());
    o.addOption(Option.builder().longOpt("python").hasArg().argName("X.Y")
        .desc("target Python version: decides which APIs count as removed or deprecated "
            + "(default: " + DEFAULT_PYTHON + ")").build());
    o.addOption(Option.builder().longOpt("no-grammar")
        .desc("skip the spelling and grammar checks (LanguageTool is then not loaded)")
        .build());
    o.addOption(Option.builder().longOpt("lang").hasArg().argName("CODE")
        .desc("English variant for spelling and grammar: " + String.join(", ",
            LanguageToolEngine.VARIANTS) + " (default: en-US)").build());
    o.addOption(Option.builder().longOpt("cache").hasArg().argName("DIR")
        .desc("where results are cached between runs (default: .cache/ inside --output); "
            + "safe to delete").build());
    o.addOption(Option.builder().longOpt("no-cache")
        .desc("neither read nor write the cache").build());
    o.addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N")
        .desc("worker threads (default: number of processors)").build());
    o.addOption(Option.builder().longOpt("max-file-size").hasArg().argName("MB")
        .desc("skip files larger than MB megabytes, with a finding (default: 16)").build());
    o.addOption(Option.builder().longOpt("baseline").hasArg().argName("FILE")
        .desc("accept the findings listed in FILE: report and fail only on new ones (matched "
            + "by rule, file and line text, so edits elsewhere do not break the match)").build());
    o.addOption(Option.builder().longOpt("write-baseline").hasArg().argName("FILE")
        .desc("accept the current findings: write them to FILE as a baseline (this run then "
            + "reports none and exits 0)").build());
    o.addOption(Option.builder().longOpt("changed-since").hasArg().argName("REV")
        .desc("report only notes changed since git revision REV (renamed and untracked ones "
            + "too); duplicates are still looked for across every note").build());
    o.addOption(Option.builder().longOpt("config").hasArg().argName("FILE")
        .desc("settings file (default: notelint.yaml or .notelint.yaml in the input folder); "
            + "options given here win over it").build());
    o.addOption(Option.builder().longOpt("no-config")
        .desc("do not read a settings file").build());
    o.addOption(Option.builder("q").longOpt("quiet").desc("print findings only").build());
    o.addOption(Option.builder("v").longOpt("verbose")
        .desc("also print what was read and how").build());
    o.addOption(Option.builder("V").longOpt("version").desc("print the version and exit").build());
    o.addOption(Option.builder("h").longOpt("help").desc("print this help and exit").build());
    return o;
  }

  /** The help text: usage, commands, options, exit codes. */
  static String help() {
    HelpFormatter f = new HelpFormatter();
    f.setWidth(100);
    f.setOptionComparator(null);
    java.io.StringWriter sw = new java.io.StringWriter();
    java.io.PrintWriter pw = new java.io.PrintWriter(sw);
    f.printHelp(pw, 100, USAGE,
        "\nLints Python study notes and consolidates them into one guide.\n\n"
            + "Commands:\n"
            + "  check [PATH...]   lint only; findings to stdout; exit code by --fail-on\n"
            + "  build [PATH...]   run every stage; write the guide and the reports to --output\n"
            + "  rules [ID]        list the rules, or explain one (LT: LanguageTool's rules;\n"
            + "                    LT:RULE_ID one of them)\n"
            + "  inspect FILE      show the detected format and the outline of one note\n\n"
            + "PATH defaults to input/. Options:",
        options(), 2, 2,
        "\nExit codes: 0 no finding at or above --fail-on; 1 findings at or above it;\n"
            + "2 usage or configuration error; 3 input error (missing or unreadable path,\n"
            + "no note found, notes too large for the memory the JVM may use).",
        false);
    pw.flush();
    return sw.toString();
  }

  /** Parses {@code args}; throws {@link UsageException} on anything wrong. */
  static RunConfig parse(String[] args) throws UsageException {
    CommandLine cl;
    try {
      cl = new DefaultParser().parse(options(), args);
    } catch (ParseException e) {
      throw new UsageException(e.getMessage(), true);
    }
    if (cl.hasOption("help")) {
      return config("help", cl, List.of());
    }
    if (cl.hasOption("version")) {
      return config("version", cl, List.of());
    }
    List<String> rest = new ArrayList<>(cl.getArgList());
    if (rest.isEmpty()) {
      throw new UsageException("missing command: one of " + String.join(", ", COMMANDS), true);
    }
    String command = rest.remove(0);
    if (!COMMANDS.contains(command)) {
      throw new UsageException("unknown command '" + command + "': use one of "
          + String.join(", ", COMMANDS), true);
    }
    for (String r : rest) {
      if (r.startsWith("-") && r.length() > 1) {
        throw new UsageException("unrecognized option: " + r, true);
      }
    }
    return config(command, cl, rest);
  }

  private static RunConfig config(String command, CommandLine cl, List<String> rest)
      throws UsageException {
    String format = cl.getOptionValue("format", "text").toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(format)) {
      throw new UsageException("bad --format '" + format + "': use one of "
          + String.join(", ", FORMATS), true);
    }
    if (!FORMATS_AVAILABLE.contains(format)) {
      throw new UsageException("--format " + format + " is not available yet; use text", false);
    }
    FailOn failOn;
    String f = cl.getOptionValue("fail-on", "warning");
    try {
      failOn = FailOn.valueOf(f.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("bad --fail-on '" + f + "': use error, warning, note or never",
          true);
    }
    String python = cl.getOptionValue("python", DEFAULT_PYTHON);
    if (!python.matches("[23]\\.\\d{1,2}")) {
      throw new UsageException("bad --python '" + python + "': use a version such as 3.12",
          true);
    }
    int jobs = Runtime.getRuntime().availableProcessors();
    if (cl.hasOption("jobs")) {
      jobs = positiveInt("--jobs", cl.getOptionValue("jobs"), 256);
    }
    long maxBytes = 16L * 1_000_000;
    if (cl.hasOption("max-file-size")) {
      maxBytes = positiveInt("--max-file-size", cl.getOptionValue("max-file-size"), 100_000)
          * 1_000_000L;
    }
    if (cl.hasOption("config") && cl.hasOption("no-config")) {
      throw new UsageException("--config and --no-config exclude each other", true);
    }
    if (cl.hasOption("baseline") && cl.hasOption("write-baseline")) {
      throw new UsageException("--baseline and --write-baseline exclude each other", true);
    }
    if (cl.hasOption("quiet") && cl.hasOption("verbose")) {
      throw new UsageException("--quiet and --verbose exclude each other", true);
    }
    String lang = cl.getOptionValue("lang", "en-US");
    String matched = variant(lang);
    if (matched == null) {
      throw new UsageException("bad --lang '" + lang + "': use one of "
          + String.join(", ", LanguageToolEngine.VARIANTS), true);
    }
    if (cl.hasOption("cache") && cl.hasOption("no-cache")) {
      throw new UsageException("--cache and --no-cache exclude each other", true);
    }
    Path output = Path.of(cl.getOptionValue("output", "output"));
    Path cache = cl.hasOption("no-cache") ? null
        : cl.hasOption("cache") ? Path.of(cl.getOptionValue("cache")) : output.resolve(".cache");
    String ruleId = null;
    List<Path> paths = new ArrayList<>();
    switch (command) {
      case "rules" -> {
        if (rest.size() > 1) {
          throw new UsageException("rules takes at most one rule id", true);
        }
        ruleId = rest.isEmpty() ? null : rest.get(0);
      }
      case "inspect" -> {
        if (rest.size() != 1) {
          throw new UsageException("inspect takes exactly one FILE", true);
        }
        paths.add(Path.of(rest.get(0)));
      }
      default -> {
        for (String r : rest) {
          paths.add(Path.of(r));
        }
        if (paths.isEmpty()) {
          paths.add(Path.of("input"));
        }
      }
    }
    java.util.Set<String> given = new java.util.HashSet<>();
    for (Option opt : cl.getOptions()) {
      given.add(opt.getLongOpt());
    }
    return new RunConfig(command, paths, output,
        cl.hasOption("rules") ? Path.of(cl.getOptionValue("rules")) : null, format, failOn,
        python, !cl.hasOption("no-grammar"), matched, cache, jobs, maxBytes,
        cl.hasOption("quiet"), cl.hasOption("verbose"), ruleId,
        optionalPath(cl, "config"), cl.hasOption("no-config"), optionalPath(cl, "baseline"),
        optionalPath(cl, "write-baseline"), cl.getOptionValue("changed-since"), given,
        RunConfig.Extras.NONE);
  }

  /** The English variant {@code lang} names (en-US, en_us, ...), or null. */
  static String variant(String lang) {
    for (String v : LanguageToolEngine.VARIANTS) {
      if (v.equalsIgnoreCase(lang.replace('_', '-'))) {
        return v;
      }
    }
    return null;
  }

  private static Path optionalPath(CommandLine cl, String name) {
    return cl.hasOption(name) ? Path.of(cl.getOptionValue(name)) : null;
  }

  private static int positiveInt(String name, String v, int max) throws UsageException {
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // Falls through to the message below.
    }
    throw new UsageException("bad " + name + " '" + v + "': use a whole number from 1 to " + max,
        true);
  }
}
