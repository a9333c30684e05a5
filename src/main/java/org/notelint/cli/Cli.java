package org.notelint.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.notelint.dedupe.Deduper;
import org.notelint.emit.GuideHtml;
import org.notelint.emit.GuideMarkdown;
import org.notelint.emit.GuideReport;
import org.notelint.emit.OutlinePrinter;
import org.notelint.emit.TextReporter;
import org.notelint.ingest.Ingestor;
import org.notelint.io.AtomicFile;
import org.notelint.ingest.InputException;
import org.notelint.lint.Linter;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.Rule;
import org.notelint.lint.RuleFileException;
import org.notelint.lint.RuleLoader;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.RuleSet;
import org.notelint.lint.kinds.DuplicateRule;
import org.notelint.merge.Guide;
import org.notelint.merge.Merger;
import org.notelint.merge.Taxonomy;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;
import org.notelint.model.RuleInfo;
import org.notelint.pipeline.Pipeline;
import org.notelint.prose.GrammarChecker;
import org.notelint.prose.LanguageToolEngine;
import org.notelint.prose.ProseCache;
import org.notelint.prose.ProseConfig;
import org.notelint.prose.ProseExtractor;

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

  public Cli(PrintStream out, PrintStream err, Path workingDir, boolean color) {
    this.out = out;
    this.err = err;
    this.workingDir = workingDir.toAbsolutePath().normalize();
    this.color = color;
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
        case "check" -> check(config);
        case "build" -> build(config);
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
    Ingestor ingestor = new Ingestor(new Ingestor.Options(config.maxFileBytes(), config.jobs(),
        List.of(resolve(config.output()))));
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
    Linted linted = lintInput(config);
    Ingestor.Result result = linted.input();
    List<Finding> findings = linted.findings();
    String prefix = displayPrefix(result.root());
    for (Finding f : findings) {
      out.println(TextReporter.line(f, prefix, color));
    }
    if (!config.quiet()) {
      out.println(TextReporter.summary(findings, result.documents().size()));
    }
    return exitFor(findings, config);
  }

  private int build(RunConfig config) throws InputException, UsageException {
    Taxonomy taxonomy = loadTopics(config);
    Linted linted = lintInput(config);
    Ingestor.Result result = linted.input();
    List<Finding> findings = linted.findings();
    Path outDir = resolve(config.output());
    Guide guide = new Merger(taxonomy).merge(result.documents(), findings, linted.duplicates());
    String markdown = GuideMarkdown.write(guide, VERSION);
    StringBuilder report = new StringBuilder();
    for (Finding f : findings) {
      report.append(TextReporter.line(f, "", false)).append('\n');
    }
    report.append(TextReporter.summary(findings, result.documents().size())).append('\n');
    report.append('\n').append(GuideReport.write(guide));
    try {
      Files.createDirectories(outDir);
      writeAtomically(outDir.resolve("guide.md"), markdown);
      writeAtomically(outDir.resolve("guide.html"),
          GuideHtml.render(markdown, GuideMarkdown.TITLE));
      writeAtomically(outDir.resolve("report.txt"), report.toString());
    } catch (IOException e) {
      err.println("notelint: cannot write to " + config.output() + ": " + describe(e));
      return ExitCode.INPUT.code();
    }
    if (!config.quiet()) {
      int n = result.documents().size();
      String dir = config.output().toString().replace('\\', '/').replaceAll("/+$", "");
      out.println("notelint: read " + n + (n == 1 ? " file" : " files") + "; wrote " + dir
          + "/guide.md, " + dir + "/guide.html and " + dir + "/report.txt");
      out.println(GuideReport.summary(guide));
      out.println(TextReporter.summary(findings, result.documents().size()));
    }
    return exitFor(findings, config);
  }

  /** The topic taxonomy: built-in, overlaid with --rules DIR/topics (or rules/topics). */
  private Taxonomy loadTopics(RunConfig config) throws UsageException {
    Path dir = config.rules() == null ? resolve(Path.of("rules")) : resolve(config.rules());
    try {
      return Taxonomy.load(Files.isDirectory(dir) ? dir : null,
          config.rules() == null ? "rules" : config.rules().toString());
    } catch (RuleFileException e) {
      throw new UsageException(e.getMessage(), false);
    }
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

  private Linter linter(RunConfig config, Prose prose) throws UsageException {
    return new Linter(loadRules(config), PythonVersion.parse(config.python()),
        prose == null ? null : prose.checker());
  }

  /** The spelling and grammar stage with its cache, or null with --no-grammar. */
  private record Prose(GrammarChecker checker, ProseCache cache, Path file) {}

  private Prose prose(RunConfig config) throws UsageException {
    if (!config.grammar()) {
      return null;
    }
    ProseConfig pc;
    try {
      pc = ProseConfig.load(resolve(config.rules() == null ? Path.of("rules") : config.rules()),
          config.rules() == null ? "rules" : config.rules().toString());
    } catch (RuleFileException e) {
      throw new UsageException(e.getMessage(), false);
    }
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

  /** What was read and what was found in it. */
  private record Linted(Ingestor.Result input, List<Finding> findings,
      Deduper.Result duplicates) {}

  /** Loads the rules (and the prose stage), reads the input and lints it: check and build. */
  private Linted lintInput(RunConfig config) throws InputException, UsageException {
    Prose prose = prose(config);
    Linter linter = linter(config, prose);
    Ingestor.Result result = ingest(config);
    Pipeline.Result run = lint(linter, prose, result, config);
    return new Linted(result, run.findings(), run.duplicates());
  }

  /** Lints, then reports what the prose stage skipped and saves its cache. */
  private Pipeline.Result lint(Linter linter, Prose prose, Ingestor.Result result,
      RunConfig config) throws UsageException {
    Pipeline.Result run;
    try {
      run = Pipeline.run(linter, result.documents(), config.jobs());
    } catch (LanguageToolEngine.ProseSetupException e) {
      throw new UsageException(e.getMessage(), false);
    }
    if (prose == null) {
      return run;
    }
    if (config.verbose()) {
      // One line per file: which passages were not checked, and why.
      var skipped = new java.util.TreeMap<>(prose.checker().skipped());
      for (var e : skipped.entrySet()) {
        var why = new java.util.TreeMap<String, Integer>();
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
      err.println("notelint: grammar: " + st.chunks() + " passages (" + st.chars()
          + " characters), " + (st.chunks() - st.misses()) + " from the cache, "
          + st.misses() + " checked by LanguageTool " + LanguageToolEngine.version() + " ("
          + config.lang() + ")");
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

  private int rules(RunConfig config) throws UsageException {
    RuleSet set = loadRules(config);
    List<RuleInfo> all = new ArrayList<>(Linter.fixedRules());
    for (Rule r : set.rules()) {
      all.add(r.meta().info());
    }
    all.sort(java.util.Comparator.comparing(RuleInfo::id));
    if (config.ruleId() == null) {
      for (RuleInfo r : all) {
        out.printf("%-8s %-34s %-8s %-14s %s%n", r.id(), r.name(), r.severity().label(),
            r.category().label(), r.summary());
      }
      if (!config.quiet()) {
        out.println(all.size() + " rules");
      }
      return ExitCode.OK.code();
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
        .sorted().map(org.notelint.lint.Scope::label).toList())));
    if (data.isPresent() && data.get() instanceof DuplicateRule dr) {
      StringBuilder sb = new StringBuilder("compares: " + dr.match() + " duplicates");
      new java.util.TreeMap<>(dr.settings()).forEach((k, v) -> sb.append(", ").append(k)
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
    StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%3d |", n));
    String[] lines = s.strip().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      sb.append(i == 0 ? "" : "\n    |").append(lines[i].isEmpty() ? "" : " " + lines[i]);
    }
    return sb.toString();
  }
}
