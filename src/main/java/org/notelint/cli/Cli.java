package org.notelint.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.notelint.dedupe.Deduper;
import org.notelint.emit.GuideHtml;
import org.notelint.emit.GuideMarkdown;
import org.notelint.emit.GuideReport;
import org.notelint.emit.OutlinePrinter;
import org.notelint.emit.TextReporter;
import org.notelint.ingest.Ingestor;
import org.notelint.io.AtomicFile;
import org.notelint.ingest.InputException;
import org.notelint.lint.LintCache;
import org.notelint.lint.Linter;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.Rule;
import org.notelint.lint.RuleFileException;
import org.notelint.lint.RuleFiles;
import org.notelint.lint.RuleLoader;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.RuleSet;
import org.notelint.lint.Scope;
import org.notelint.lint.kinds.DuplicateRule;
import org.notelint.merge.Guide;
import org.notelint.merge.Merger;
import org.notelint.merge.Taxonomy;
import org.notelint.model.Category;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;
import org.notelint.model.RuleInfo;
import org.notelint.model.Severity;
import org.notelint.pipeline.DuplicateFindings;
import org.notelint.pipeline.Pipeline;
import org.notelint.pipeline.StageClock;
import org.notelint.prose.GrammarChecker;
import org.notelint.prose.LanguageToolEngine;
import org.notelint.prose.LanguageToolRules;
import org.notelint.prose.ProseCache;
import org.notelint.prose.ProseConfig;
import org.notelint.prose.ProseExtractor;
import org.notelint.report.GithubReport;
import org.notelint.report.HtmlReport;
import org.notelint.report.JsonReport;
import org.notelint.report.JunitReport;
import org.notelint.report.Baseline;
import org.notelint.report.ReportData;
import org.notelint.report.SarifReport;
import org.notelint.report.SourceLines;
import org.notelint.util.Parallel;

/**
 * The command-line program as a method: takes arguments and streams, returns an exit code.
 * {@link Main} is the only place that calls {@code System.exit}; tests run this in-process.
 */
public final class Cli {
  /** The version printed by --version and recorded in reports. */
  public static final String VERSION = "0.1.0";

  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDir;
  private final boolean color;
  private final boolean progress;
  /** The bar of the run under way (one run at a time per Cli). */
  private final me.tongfei.progressbar.ProgressBar[] progressBar =
      new me.tongfei.progressbar.ProgressBar[1];

  public Cli(PrintStream out, PrintStream err, Path workingDir, boolean color) {
    this(out, err, workingDir, color, false);
  }

  /** {@code progress}: draw a progress bar on {@code err} (only when it is a terminal). */
  public Cli(PrintStream out, PrintStream err, Path workingDir, boolean color,
      boolean progress) {
    this.out = out;
    this.err = err;
    this.workingDir = workingDir.toAbsolutePath().normalize();
    this.color = color;
    this.progress = progress;
  }

  /** Runs the command line {@code args}; returns the exit code. */
  public int run(String... args) {
    RunConfig config;
    try {
      config = CliOptions.parse(args);
    } catch (UsageException e) {
      return usageError(e);
    }
    try {
      return switch (config.command()) {
        case "help" -> {
          out.print(CliOptions.help());
          yield ExitCode.OK.code();
        }
        case "version" -> {
          out.println("notelint " + VERSION);
          yield ExitCode.OK.code();
        }
        case "rules" -> rules(config);
        case "inspect" -> inspect(config);
        case "check" -> check(settle(config));
        case "build" -> build(settle(config));
        default -> throw new IllegalStateException(config.command());
      };
    } catch (UsageException e) {
      return usageError(e);
    } catch (InputException e) {
      err.println("notelint: " + e.getMessage());
      return ExitCode.INPUT.code();
    } catch (UncheckedIOException e) {
      err.println("notelint: " + e.getCause().getMessage());
      return ExitCode.INPUT.code();
    } catch (OutOfMemoryError e) {
      // What was read is released as the stack unwinds, so there is room to say why.
      err.println("notelint: out of memory: these notes need more than the "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB the Java heap may use;"
          + " run again with NOTELINT_JAVA_OPTS=-Xmx4g (or more), or on fewer notes");
      return ExitCode.INPUT.code();
    }
  }

  private int usageError(UsageException e) {
    err.println("notelint: " + e.getMessage());
    if (e.showUsage()) {
      err.println("usage: " + CliOptions.USAGE + "  (notelint --help for details)");
    }
    return ExitCode.USAGE.code();
  }

  private Path resolve(Path p) {
    return workingDir.resolve(p).normalize();
  }

  private Ingestor.Result ingest(RunConfig config) throws InputException {
    List<Path> paths = new ArrayList<>();
    for (Path p : config.paths()) {
      Path r = resolve(p);
      if (!Files.exists(r)) {
        throw new InputException(p + ": no such file or directory");
      }
      if (!Files.isReadable(r)) {
        throw new InputException(p + ": not readable");
      }
      paths.add(r);
    }
    List<Path> never = new ArrayList<>(List.of(resolve(config.output())));
    for (Path p : new Path[] {config.config(), config.baseline(), config.writeBaseline(),
        config.cache()}) {
      if (p != null) {
        never.add(resolve(p));
      }
    }
    if (config.extras().file() != null) {
      never.add(resolve(Path.of(config.extras().file())));
    }
    Ingestor ingestor = new Ingestor(new Ingestor.Options(config.maxFileBytes(), config.jobs(),
        never, selection(config.extras())));
    Ingestor.Result result;
    try {
      result = ingestor.ingest(paths);
    } catch (InputException e) {
      throw new InputException(e.getMessage() + " in " + String.join(", ",
          config.paths().stream().map(Path::toString).toList()));
    }
    if (config.verbose()) {
      for (NoteDocument d : result.documents()) {
        err.println("notelint: read " + d.path() + " as " + d.format().label() + " ("
            + String.join("; ", d.evidence()) + ")");
      }
    }
    return result;
  }

  /** What to print before each file path so that paths are relative to the working dir. */
  private String displayPrefix(Path root) {
    Path r = root.toAbsolutePath().normalize();
    if (r.equals(workingDir)) {
      return "";
    }
    // Paths are shown the way the user reaches them from here (../notes/x.md), never absolute
    // unless the input lies on another file-system root.
    String shown;
    try {
      shown = workingDir.relativize(r).toString();
    } catch (IllegalArgumentException e) {
      shown = r.toString();
    }
    return shown.replace('\\', '/') + "/";
  }

  private int check(RunConfig config) throws InputException, UsageException {
    StageClock clock = new StageClock();
    Linted linted = lintInput(config, clock);
    Ingestor.Result result = linted.input();
    List<Finding> findings = linted.reported();
    String prefix = displayPrefix(result.root());
    switch (config.format()) {
      case "json" -> stream(o -> JsonReport.write(report(config, linted, null), o));
      case "sarif" -> stream(o -> SarifReport.write(report(config, linted, null),
          allRules(linted), o));
      case "junit" -> out.print(JunitReport.write(report(config, linted, null),
          f -> config.failOn().fails(f.severity())));
      case "github" -> {
        for (Finding f : findings) {
          out.println(GithubReport.line(f, prefix));
        }
      }
      default -> {
        for (Finding f : findings) {
          out.println(TextReporter.line(f, prefix, color));
        }
        if (!config.quiet()) {
          out.println(summary(linted));
        }
      }
    }
    out.flush();
    clock.lap("report");
    if (config.verbose()) {
      err.println("notelint: time: " + clock.summary());
    }
    return exitFor(findings, config);
  }

  /** Writes a report straight to standard output (a PrintStream reports no I/O errors). */
  private void stream(AtomicFile.Body body) {
    try {
      body.writeTo(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The summary line, with what a baseline accepted. */
  private static String summary(Linted linted) {
    String s = TextReporter.summary(linted.reported(), linted.scope());
    return linted.baselined() == 0 ? s : s + "; " + linted.baselined() + " accepted by the baseline";
  }

  /** What the reports show of a run ({@code guide} is null for check). */
  private ReportData report(RunConfig config, Linted linted, Guide guide) {
    List<RuleInfo> known = allRules(linted);
    return ReportData.of(VERSION, config.command(),
        new ReportData.Settings(config.python(), config.grammar(), config.lang(),
            config.failOn().name().toLowerCase(Locale.ROOT),
            config.baseline() == null ? null : config.baseline().toString()),
        displayPrefix(linted.input().root()), linted.input().documents(), linted.reported(),
        linted.baselined(), ReportData.describe(known, linted.reported()),
        linted.duplicates().clusters(), guide);
  }

  /** Every rule loaded: the fixed Java rules and the rule packs. */
  private static List<RuleInfo> allRules(Linted linted) {
    List<RuleInfo> all = new ArrayList<>(Linter.fixedRules());
    for (Rule r : linted.rules().rules()) {
      all.add(r.meta().info());
    }
    all.sort(Comparator.comparing(RuleInfo::id));
    return all;
  }

  private int build(RunConfig config) throws InputException, UsageException {
    StageClock clock = new StageClock();
    Taxonomy taxonomy = loadTopics(config);
    Linted linted = lintInput(config, clock);
    Ingestor.Result result = linted.input();
    List<Finding> findings = linted.findings();
    Path outDir = resolve(config.output());
    Guide guide = new Merger(taxonomy, config.jobs()).merge(result.documents(), findings, linted.duplicates());
    clock.lap("merge");
    String markdown = GuideMarkdown.write(guide, VERSION);
    ReportData data = report(config, linted, guide);
    List<RuleInfo> rules = allRules(linted);
    clock.lap("guide and report data");
    // The files are independent: they are written on the --jobs threads, the longest first.
    List<Output> outputs = List.of(
        new Output("report.sarif", o -> SarifReport.write(data, rules, o)),
        new Output("guide.html", o -> o.write(GuideHtml.render(markdown, GuideMarkdown.TITLE)
            .getBytes(StandardCharsets.UTF_8))),
        new Output("report.html", o -> HtmlReport.write(data, o)),
        new Output("report.json", o -> JsonReport.write(data, o)),
        new Output("report.txt", o -> o.write(textReport(linted, guide)
            .getBytes(StandardCharsets.UTF_8))),
        new Output("report.junit.xml", o -> o.write(
            JunitReport.write(data, f -> config.failOn().fails(f.severity()))
                .getBytes(StandardCharsets.UTF_8))),
        new Output("guide.md", o -> o.write(markdown.getBytes(StandardCharsets.UTF_8))));
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      err.println("notelint: cannot write to " + config.output() + ": " + describe(e));
      return ExitCode.INPUT.code();
    }
    List<Written> written = Parallel.map(outputs, config.jobs(), o -> o.writeIn(outDir));
    StringBuilder times = new StringBuilder();
    for (Written w : written) {
      if (w.error() != null) {
        err.println("notelint: cannot write to " + config.output() + ": " + describe(w.error()));
        return ExitCode.INPUT.code();
      }
      times.append(times.length() == 0 ? "" : ", ").append(w.name()).append(' ')
          .append(String.format(Locale.ROOT, "%.2f", w.nanos() / 1e9));
    }
    clock.lap("write (" + times + ")");
    if (config.verbose()) {
      err.println("notelint: time: " + clock.summary());
    }
    if (!config.quiet()) {
      int n = result.documents().size();
      String dir = config.output().toString().replace('\\', '/').replaceAll("/+$", "");
      out.println("notelint: read " + n + (n == 1 ? " file" : " files") + "; wrote " + dir
          + "/guide.md, " + dir + "/guide.html and " + dir
          + "/report.{txt,json,sarif,junit.xml,html}");
      out.println(GuideReport.summary(guide));
      out.println(summary(linted));
    }
    return exitFor(linted.reported(), config);
  }

  /** {@code report.txt}: the findings as {@code check} prints them, then the guide's accounting. */
  private String textReport(Linted linted, Guide guide) {
    StringBuilder report = new StringBuilder();
    for (Finding f : linted.reported()) {
      report.append(TextReporter.line(f, "", false)).append('\n');
    }
    report.append(summary(linted)).append('\n');
    report.append('\n').append(GuideReport.write(guide));
    return report.toString();
  }

  /** One file {@code build} writes. */
  private record Output(String name, AtomicFile.Body body) {
    Written writeIn(Path dir) {
      long start = System.nanoTime();
      try {
        AtomicFile.write(dir.resolve(name), body);
        return new Written(name, System.nanoTime() - start, null);
      } catch (IOException e) {
        return new Written(name, System.nanoTime() - start, e);
      }
    }
  }

  /** How writing one output went: its time, and the error that stopped it, if any. */
  private record Written(String name, long nanos, IOException error) {}

  /** The topic taxonomy: built-in, overlaid with --rules DIR/topics (or rules/topics). */
  private Taxonomy loadTopics(RunConfig config) throws UsageException {
    Path dir = config.rules() == null ? resolve(Path.of("rules")) : resolve(config.rules());
    try {
      return Taxonomy.load(Files.isDirectory(dir) ? dir : null,
          config.rules() == null ? "rules" : config.rules().toString(),
          extraFiles(config.extras().topics()));
    } catch (RuleFileException e) {
      throw new UsageException(e.getMessage(), false);
    }
  }

  /** Files a settings file names, shown relative to the working directory. */
  private List<RuleFiles.Source> extraFiles(List<Path> files) {
    List<RuleFiles.Source> out = new ArrayList<>();
    for (Path f : files) {
      Path a = resolve(f);
      String shown;
      try {
        shown = workingDir.relativize(a).toString().replace('\\', '/');
      } catch (IllegalArgumentException e) {
        shown = a.toString();
      }
      out.add(new RuleFiles.Source(shown, a));
    }
    return out;
  }

  /** A one-line reason for a file-system failure (the JDK's message is often just the path). */
  private static String describe(IOException e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException
        || e instanceof java.nio.file.NotDirectoryException) {
      return "a file is in the way where a directory is needed (" + e.getMessage() + ")";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied (" + e.getMessage() + ")";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory (" + e.getMessage() + ")";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** Writes {@code content} to a temporary file beside {@code target}, then moves it in place. */
  static void writeAtomically(Path target, String content) throws IOException {
    AtomicFile.write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
  }

  /** The rule packs: built-in, overlaid with --rules DIR (or rules/ when it exists). */
  private RuleSet loadRules(RunConfig config) throws UsageException {
    Path dir = config.rules() == null ? resolve(Path.of("rules")) : resolve(config.rules());
    if (config.rules() != null && !Files.isDirectory(dir)) {
      throw new UsageException("--rules " + config.rules() + ": no such directory", false);
    }
    try {
      return new RuleLoader().load(dir,
          config.rules() == null ? "rules" : config.rules().toString());
    } catch (RuleFileException e) {
      throw new UsageException(e.getMessage(), false);
    }
  }

  /** The rule set {@code task} loaded, or the error it stopped on. */
  private static RuleSet loadedRules(java.util.concurrent.FutureTask<RuleSet> task)
      throws UsageException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the rules", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof UsageException u) {
        throw u;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Linter linter(RunConfig config, Prose prose, RuleSet rules) throws UsageException {
    PythonVersion target = PythonVersion.parse(config.python());
    GrammarChecker grammar = prose == null ? null : prose.checker();
    LintCache cache = null;
    if (config.cache() != null) {
      cache = new LintCache(Linter.fingerprint(rules, target, grammar));
      String problem = cache.load(lintCacheFile(config));
      if (problem != null) {
        err.println("notelint: cache " + problem);
      }
    }
    return new Linter(rules, target, grammar, cache);
  }

  /** Where the findings of unchanged notes are kept between runs. */
  private Path lintCacheFile(RunConfig config) {
    return resolve(config.cache()).resolve("lint.bin");
  }

  /** The spelling and grammar stage with its cache, or null with --no-grammar. */
  private record Prose(GrammarChecker checker, ProseCache cache, Path file) {}

  /** The LanguageTool settings and word lists: built-in, overlaid with the rules folder. */
  private ProseConfig proseConfig(RunConfig config) throws UsageException {
    try {
      return ProseConfig.load(resolve(config.rules() == null ? Path.of("rules") : config.rules()),
          config.rules() == null ? "rules" : config.rules().toString(),
          extraFiles(config.extras().words()));
    } catch (RuleFileException e) {
      throw new UsageException(e.getMessage(), false);
    }
  }

  private Prose prose(RunConfig config) throws UsageException {
    if (!config.grammar()) {
      return null;
    }
    ProseConfig pc = proseConfig(config);
    ProseCache cache = new ProseCache(GrammarChecker.fingerprint(pc, config.lang()));
    Path file = null;
    if (config.cache() != null) {
      file = resolve(config.cache()).resolve("prose-" + config.lang() + ".bin");
      String problem = cache.load(file);
      if (problem != null) {
        err.println("notelint: cache " + problem);
      }
    }
    return new Prose(new GrammarChecker(pc, config.lang(), cache), cache, file);
  }

  /**
   * What was read and what was found in it: {@code findings} are all of them (the guide is
   * built from these), {@code reported} those the reports show and the exit code counts (only
   * changed notes with --changed-since, none a baseline accepts), {@code baselined} how many a
   * baseline accepted.
   */
  private record Linted(Ingestor.Result input, List<Finding> findings, List<Finding> reported,
      int baselined, int scope, Deduper.Result duplicates, RuleSet rules) {}

  /** Loads the rules (and the prose stage), reads the input and lints it: check and build. */
  private Linted lintInput(RunConfig config, StageClock clock)
      throws InputException, UsageException {
    Prose prose = prose(config);
    if (prose != null) {
      clock.lap("prose");
    }
    // The rule packs load on a thread of their own while the notes are read: neither needs
    // the other, and loading is one thread's work. A rule-file error still wins over an
    // input error, as when the two ran one after the other.
    java.util.concurrent.FutureTask<RuleSet> rulesTask =
        new java.util.concurrent.FutureTask<>(() -> loadRules(config));
    Thread loader = new Thread(rulesTask, "notelint-rules");
    loader.setDaemon(true);
    loader.start();
    Ingestor.Result result;
    try {
      result = ingest(config);
    } catch (InputException e) {
      loadedRules(rulesTask);
      throw e;
    }
    clock.lap("read");
    Linter linter = linter(config, prose, loadedRules(rulesTask));
    checkRuleLevels(config, linter.rules());
    clock.lap("rules");
    Predicate<String> changed = config.changedSince() == null ? null
        : changedFilter(config, result);
    Pipeline.Result run = lint(linter, prose, result, config,
        changed != null && config.command().equals("check") ? changed : path -> true, clock);
    List<Finding> findings = relevel(run.findings(), config.extras().ruleLevels());
    List<Finding> reported = changed == null ? findings
        : findings.stream().filter(f -> changed.test(f.file())).toList();
    if (changed != null && !config.command().equals("check")) {
      // build linted every note (the guide needs every finding); the reports still flag a
      // changed note that repeats an unchanged one, as check does.
      Set<Finding> usual = new HashSet<>();
      DuplicateFindings.of(run.duplicates().clusters(), linter.rules())
          .values().forEach(usual::addAll);
      List<Finding> more = new ArrayList<>(reported);
      DuplicateFindings.of(run.duplicates().clusters(), linter.rules(),
          changed).forEach((file, list) -> list.stream()
              .filter(f -> changed.test(f.file()) && !usual.contains(f)).forEach(more::add));
      List<Finding> all = new ArrayList<>(relevel(more, config.extras().ruleLevels()));
      all.sort(Finding.ORDER);
      reported = all;
    }
    SourceLines lines = new SourceLines(result.documents());
    int baselined = 0;
    if (config.writeBaseline() != null) {
      try {
        writeAtomically(resolve(config.writeBaseline()), Baseline.write(reported, lines,
            displayPrefix(result.root())));
      } catch (IOException e) {
        throw new InputException("cannot write the baseline " + config.writeBaseline() + ": "
            + describe(e));
      }
      if (!config.quiet()) {
        err.println("notelint: wrote " + config.writeBaseline() + ": " + reported.size()
            + (reported.size() == 1 ? " finding" : " findings") + " accepted");
      }
      baselined = reported.size();
      reported = List.of();
    } else if (config.baseline() != null) {
      Baseline.Split split;
      try {
        split = Baseline.load(resolve(config.baseline()), config.baseline().toString())
            .apply(reported, lines, displayPrefix(result.root()));
      } catch (Baseline.BaselineException e) {
        throw new UsageException(e.getMessage(), false);
      }
      baselined = split.accepted();
      reported = split.fresh();
    }
    int scope = changed == null ? result.documents().size()
        : (int) result.documents().stream().filter(d -> changed.test(d.path())).count();
    return new Linted(result, findings, reported, baselined, scope, run.duplicates(),
        linter.rules());
  }

  /**
   * The run completed from its settings file: --config FILE, else notelint.yaml or
   * .notelint.yaml in the input folder (the first PATH, or the folder of a file), unless
   * --no-config.
   */
  private RunConfig settle(RunConfig config) throws UsageException {
    Path file = null;
    String shown = null;
    if (config.config() != null) {
      file = resolve(config.config());
      shown = config.config().toString();
      if (!Files.isRegularFile(file)) {
        throw new UsageException("--config " + shown + ": no such file", false);
      }
    } else if (!config.noConfig() && !config.paths().isEmpty()) {
      Path first = resolve(config.paths().get(0));
      Path dir = Files.isDirectory(first) ? first : first.getParent();
      for (String name : ConfigFile.NAMES) {
        if (dir != null && Files.isRegularFile(dir.resolve(name))) {
          file = dir.resolve(name);
          Path rel = config.paths().get(0);
          shown = (Files.isDirectory(first) ? rel.resolve(name)
              : (rel.getParent() == null ? Path.of(name) : rel.getParent().resolve(name)))
              .toString().replace('\\', '/');
          break;
        }
      }
    }
    if (file == null) {
      return config;
    }
    RunConfig settled = config.with(ConfigFile.load(file, shown));
    if (config.verbose()) {
      err.println("notelint: settings from " + shown);
    }
    return settled;
  }

  /** Which files found in folders are read: the settings file's include and exclude globs. */
  private static Predicate<String> selection(RunConfig.Extras x) {
    if (x.include().isEmpty() && x.exclude().isEmpty()) {
      return path -> true;
    }
    FileSystem fs = FileSystems.getDefault();
    List<PathMatcher> in = x.include().stream()
        .map(g -> fs.getPathMatcher("glob:" + g)).toList();
    List<PathMatcher> out = x.exclude().stream()
        .map(g -> fs.getPathMatcher("glob:" + g)).toList();
    return path -> {
      Path p = Path.of(path);
      return (in.isEmpty() || in.stream().anyMatch(m -> m.matches(p)))
          && out.stream().noneMatch(m -> m.matches(p));
    };
  }

  /** A settings file that names a rule notelint does not have stops the run. */
  private static void checkRuleLevels(RunConfig config, RuleSet rules) throws UsageException {
    Set<String> known = new HashSet<>();
    Linter.fixedRules().forEach(r -> known.add(r.id()));
    rules.rules().forEach(r -> known.add(r.meta().id()));
    for (String id : new TreeSet<>(config.extras().ruleLevels().keySet())) {
      if (!known.contains(id) && !(id.startsWith(GrammarChecker.PREFIX)
          && LanguageToolRules.get(id).isPresent())) {
        throw new UsageException(config.extras().file() + ":"
            + config.extras().ruleLines().getOrDefault(id, 1) + ": rules: unknown rule '" + id
            + "' (notelint rules lists them; LanguageTool rules are written LT:RULE_ID)", false);
      }
    }
  }

  /** Findings with the settings file's levels: a rule switched off reports nothing. */
  private static List<Finding> relevel(List<Finding> findings, Map<String, String> levels) {
    if (levels.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      String l = levels.get(f.ruleId());
      if (l == null) {
        out.add(f);
      } else if (!l.equals("off")) {
        out.add(new Finding(f.ruleId(), Severity.parse(l), f.category(),
            f.message(), f.file(), f.span(), f.fix(), f.related()));
      }
    }
    return out;
  }

  /** --changed-since: whether a note (by its path relative to the input root) changed. */
  private Predicate<String> changedFilter(RunConfig config,
      Ingestor.Result result) throws UsageException {
    Set<Path> changed = GitChanges.since(result.root(), config.changedSince());
    Set<String> paths = new HashSet<>();
    for (NoteDocument d : result.documents()) {
      if (changed.contains(result.root().resolve(d.path()).toAbsolutePath().normalize())) {
        paths.add(d.path());
      }
    }
    if (config.verbose()) {
      err.println("notelint: " + paths.size() + " of " + result.documents().size()
          + " notes changed since " + config.changedSince());
    }
    return paths::contains;
  }

  /** Lints, then reports what the prose stage skipped and saves its cache. */
  private Pipeline.Result lint(Linter linter, Prose prose, Ingestor.Result result,
      RunConfig config, Predicate<String> only, StageClock clock) throws UsageException {
    Pipeline.Result run;
    me.tongfei.progressbar.ProgressBar bar = null;
    try {
      IntFunction<Runnable> step = n -> () -> { };
      if (progress && !config.quiet()) {
        step = n -> {
          me.tongfei.progressbar.ProgressBar b = new me.tongfei.progressbar.ProgressBarBuilder()
              .setTaskName(config.grammar() ? "lint+grammar" : "lint").setInitialMax(n)
              .setUnit(" notes", 1).setUpdateIntervalMillis(250).clearDisplayOnFinish()
              .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
              .build();
          progressBar[0] = b;
          return b::step;
        };
      }
      run = Pipeline.run(linter, result.documents(), config.jobs(), only, step, clock);
    } catch (LanguageToolEngine.ProseSetupException e) {
      throw new UsageException(e.getMessage(), false);
    } finally {
      bar = progressBar[0];
      progressBar[0] = null;
      if (bar != null) {
        bar.close();
      }
    }
    LintCache cache = linter.cache();
    if (cache != null) {
      if (config.verbose()) {
        err.println("notelint: cache: " + cache.hits() + " of " + (cache.hits() + cache.misses())
            + " notes unchanged since the last run (their findings from the cache)");
      }
      try {
        cache.save(lintCacheFile(config));
      } catch (IOException e) {
        if (config.verbose()) { // a cache is an optimisation: the run itself is complete
          err.println("notelint: cache not written to " + config.cache() + ": " + describe(e));
        }
      }
    }
    if (prose == null) {
      return run;
    }
    if (config.verbose()) {
      // One line per file: which passages were not checked, and why.
      var skipped = new TreeMap<>(prose.checker().skipped());
      for (var e : skipped.entrySet()) {
        var why = new TreeMap<String, Integer>();
        for (ProseExtractor.Skipped s : e.getValue()) {
          why.merge(s.language(), 1, Integer::sum);
        }
        List<ProseExtractor.Skipped> list = e.getValue();
        int first = list.get(0).span().startLine();
        int last = list.get(list.size() - 1).span().startLine();
        err.println("notelint: grammar: " + e.getKey() + ": " + list.size()
            + (list.size() == 1 ? " passage" : " passages") + " not checked ("
            + String.join(", ", why.entrySet().stream().map(w -> w.getKey() + " "
                + w.getValue()).toList()) + "), line " + first
            + (last == first ? "" : " to " + last));
      }
      GrammarChecker.Stats st = prose.checker().stats();
      LintCache lc = linter.cache();
      if (lc != null && lc.misses() == 0) {
        err.println("notelint: grammar: no note changed since the last run; nothing sent to"
            + " LanguageTool");
      } else {
        err.println("notelint: grammar: " + st.chunks() + " passages (" + st.chars()
            + " characters), " + (st.chunks() - st.misses()) + " from the cache, "
            + st.misses() + " checked by LanguageTool " + LanguageToolEngine.version() + " ("
            + config.lang() + ")");
      }
    }
    if (prose.file() != null) {
      try {
        prose.cache().save(prose.file());
      } catch (IOException e) {
        if (config.verbose()) { // a cache is an optimisation: the run itself is complete
          err.println("notelint: cache not written to " + config.cache() + ": " + describe(e));
        }
      }
    }
    return run;
  }

  private int exitFor(List<Finding> findings, RunConfig config) {
    for (Finding f : findings) {
      if (config.failOn().fails(f.severity())) {
        return ExitCode.FINDINGS.code();
      }
    }
    return ExitCode.OK.code();
  }

  private int inspect(RunConfig config) throws InputException, UsageException {
    Path file = resolve(config.paths().get(0));
    if (Files.isDirectory(file)) {
      throw new UsageException("inspect takes one file, not a directory: "
          + config.paths().get(0), false);
    }
    if (!Files.exists(file)) {
      throw new InputException(config.paths().get(0) + ": no such file or directory");
    }
    NoteDocument doc = Ingestor.readFile(file, file.getFileName().toString(),
        config.maxFileBytes());
    out.print(OutlinePrinter.print(doc));
    if (!doc.findings().isEmpty()) {
      out.println("findings:");
      for (Finding f : doc.findings()) {
        out.println("  " + TextReporter.line(f, "", color));
      }
    }
    return ExitCode.OK.code();
  }

  /** Every LanguageTool rule, with whether it runs on notes. */
  private int languageToolRules(ProseConfig pc) {
    int on = 0;
    for (LanguageToolRules.Entry e : LanguageToolRules.all()) {
      String status = ltStatus(e, pc).label();
      on += status.startsWith("on") ? 1 : 0;
      out.printf("%-44s %-8s %-7s %-17s %s%n", GrammarChecker.PREFIX + e.id(),
          e.spelling() ? "spelling" : "grammar",
          LanguageToolRules.severity(e.issueType()).label(), status, e.description());
    }
    out.println(LanguageToolRules.all().size() + " LanguageTool " + LanguageToolEngine.version()
        + " rules, " + on + " of them on in notes (" + pc.settingsFile() + " sets which)");
    return ExitCode.OK.code();
  }

  /** One LanguageTool rule: what it checks, where it runs, and why it is off if it is. */
  private int languageToolRule(ProseConfig pc, String id) throws UsageException {
    String bare = id.substring(GrammarChecker.PREFIX.length());
    LanguageToolRules.Entry e = LanguageToolRules.get(bare)
        .or(() -> LanguageToolRules.get(bare.toUpperCase(Locale.ROOT))).orElseThrow(() -> new UsageException("unknown rule '" + id
            + "': LanguageTool " + LanguageToolEngine.version()
            + " has no such English rule (notelint rules LT lists them)", false));
    Category category = e.spelling() ? Category.SPELLING : Category.GRAMMAR;
    RuleInfo r = LanguageToolRules.info(e.id(), LanguageToolRules.severity(e.issueType()),
        category, null);
    out.println(r.id() + " " + r.name());
    out.println("severity: " + r.severity().label() + ", category: " + r.category().label());
    out.println("variants: " + String.join(", ", e.variants()));
    out.println("in notes: " + ltStatus(e, pc).line());
    if (!e.spelling()) {
      String key = pc.fixingRule(e.id());
      out.println("in the guide: " + (key == null
          ? "its suggestion is reported; the text is kept as written"
          : "its suggestion is applied: " + pc.fixes().get(key)));
    }
    out.println();
    out.println(r.summary());
    out.println();
    out.println(r.rationale());
    out.println();
    out.println("references:");
    r.references().forEach(ref -> out.println("  " + ref));
    return ExitCode.OK.code();
  }

  /** Whether a LanguageTool rule runs on notes, and why not everywhere ("" for no reason). */
  private record LtStatus(String label, String reason) {
    String line() {
      return reason.isEmpty() ? label : label + ": " + reason;
    }
  }

  private static LtStatus ltStatus(LanguageToolRules.Entry e, ProseConfig pc) {
    if (pc.disabled().containsKey(e.id())) {
      return new LtStatus("off", pc.disabled().get(e.id()));
    }
    if (pc.enabled().containsKey(e.id())) {
      return new LtStatus("on (switched on)", pc.enabled().get(e.id()));
    }
    if (!e.defaultOn()) {
      return new LtStatus("off (default)", "");
    }
    if (pc.fragmentDisabled().containsKey(e.id())) {
      return new LtStatus("on, not fragments", pc.fragmentDisabled().get(e.id()));
    }
    if (pc.stringDisabled().containsKey(e.id())) {
      return new LtStatus("on, not strings", pc.stringDisabled().get(e.id()));
    }
    return new LtStatus("on", "");
  }

  private int rules(RunConfig config) throws UsageException {
    RuleSet set = loadRules(config);
    List<RuleInfo> all = new ArrayList<>(Linter.fixedRules());
    for (Rule r : set.rules()) {
      all.add(r.meta().info());
    }
    all.sort(Comparator.comparing(RuleInfo::id));
    if (config.ruleId() == null) {
      for (RuleInfo r : all) {
        out.printf("%-8s %-34s %-8s %-14s %s%n", r.id(), r.name(), r.severity().label(),
            r.category().label(), r.summary());
      }
      if (!config.quiet()) {
        out.println(all.size() + " rules, and LanguageTool's " + LanguageToolRules.all().size()
            + " English rules (notelint rules LT lists them)");
      }
      return ExitCode.OK.code();
    }
    if (config.ruleId().equalsIgnoreCase("LT")) {
      return languageToolRules(proseConfig(config));
    }
    if (config.ruleId().toUpperCase(Locale.ROOT).startsWith(GrammarChecker.PREFIX)) {
      return languageToolRule(proseConfig(config), config.ruleId());
    }
    Optional<RuleInfo> rule = all.stream()
        .filter(r -> r.id().equalsIgnoreCase(config.ruleId())
            || r.name().equalsIgnoreCase(config.ruleId()))
        .findFirst();
    if (rule.isEmpty()) {
      throw new UsageException("unknown rule '" + config.ruleId()
          + "' (notelint rules lists them)", false);
    }
    RuleInfo r = rule.get();
    out.println(r.id() + " " + r.name());
    out.println("severity: " + r.severity().label() + ", category: " + r.category().label());
    Optional<Rule> data = set.find(r.id());
    data.ifPresent(d -> out.println("reads: " + String.join(", ", d.meta().scopes().stream()
        .sorted().map(Scope::label).toList())));
    if (data.isPresent() && data.get() instanceof DuplicateRule dr) {
      StringBuilder sb = new StringBuilder("compares: " + dr.match() + " duplicates");
      new TreeMap<>(dr.settings()).forEach((k, v) -> sb.append(", ").append(k)
          .append(' ').append(v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString()));
      out.println(sb);
    }
    out.println();
    out.println(r.summary());
    out.println();
    out.println(r.rationale());
    if (data.isPresent()) {
      RuleMeta.Examples ex = data.get().meta().examples();
      out.println();
      out.println("bad (" + ex.format() + "):");
      int n = 0;
      for (String b : ex.bad()) {
        out.println(example(++n, b.replace("<mark>", "").replace("</mark>", "")));
      }
      out.println("good:");
      n = 0;
      for (String g : ex.good()) {
        out.println(example(++n, g));
      }
    }
    if (!r.references().isEmpty()) {
      out.println();
      out.println("references:");
      for (String ref : r.references()) {
        out.println("  " + ref);
      }
    }
    return ExitCode.OK.code();
  }

  /** An example, numbered, its lines behind a bar so that where one ends is plain. */
  private static String example(int n, String s) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%3d |", n));
    String[] lines = s.strip().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      sb.append(i == 0 ? "" : "\n    |").append(lines[i].isEmpty() ? "" : " " + lines[i]);
    }
    return sb.toString();
  }
}
