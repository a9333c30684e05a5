package org.notelint.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.notelint.model.Finding;
import org.notelint.model.Format;
import org.notelint.model.LineEnding;
import org.notelint.model.NoteDocument;
import org.notelint.model.Section;
import org.notelint.model.SourceSpan;
import org.notelint.model.Text;

/**
 * Finds note files under the input paths and reads each into a {@link NoteDocument}, in
 * parallel, returning them sorted by path so that output never depends on thread timing.
 * One bad file never stops the run: it becomes a document with findings saying why.
 */
public final class Ingestor {
  /** Settings for a run. */
  /**
   * Settings for a run: the largest file read, worker threads, paths never read (the output
   * folder, the configuration file), and which files found in a folder are read, by their
   * path relative to the input root (files named on the command line are always read).
   */
  public record Options(long maxFileBytes, int jobs, List<Path> excluded,
      Predicate<String> select) {
    public Options {
      excluded = List.copyOf(excluded);
    }

    public Options(long maxFileBytes, int jobs, List<Path> excluded) {
      this(maxFileBytes, jobs, excluded, path -> true);
    }
  }

  /** The documents read and the input root their paths are relative to. */
  public record Result(Path root, List<NoteDocument> documents) {
    public Result {
      documents = List.copyOf(documents);
    }
  }

  /** A file to read, or a problem met while walking, with its path relative to the root. */
  private record Entry(Path file, String relative, Finding problem) {}

  private final Options options;

  public Ingestor(Options options) {
    this.options = options;
  }

  /** Reads every note under {@code paths}; throws when a path is missing or nothing is found. */
  public Result ingest(List<Path> paths) throws InputException {
    List<Path> absolute = new ArrayList<>();
    for (Path p : paths) {
      Path a = p.toAbsolutePath().normalize();
      if (!Files.exists(a, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(a)) {
        throw new InputException(p + ": no such file or directory");
      }
      if (!Files.isReadable(a)) {
        throw new InputException(p + ": not readable");
      }
      absolute.add(a);
    }
    Path root = commonRoot(absolute);
    List<Entry> entries = new ArrayList<>();
    for (Path a : absolute) {
      if (Files.isDirectory(a)) {
        walk(a, root, entries);
      } else {
        entries.add(new Entry(a, relative(root, a), null));
      }
    }
    entries.sort(java.util.Comparator.comparing(Entry::relative));
    List<Entry> unique = new ArrayList<>();
    for (Entry e : entries) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).relative().equals(e.relative())) {
        unique.add(e);
      }
    }
    if (unique.isEmpty()) {
      throw new InputException("no note files found");
    }
    return new Result(root, readAll(unique));
  }

  private List<NoteDocument> readAll(List<Entry> entries) {
    int jobs = Math.max(1, options.jobs());
    if (jobs == 1 || entries.size() == 1) {
      List<NoteDocument> docs = new ArrayList<>();
      for (Entry e : entries) {
        docs.add(readEntry(e));
      }
      return docs;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, entries.size()), r -> {
      Thread t = new Thread(r, "notelint-ingest");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<NoteDocument>> futures = new ArrayList<>();
      for (Entry e : entries) {
        futures.add(pool.submit(() -> readEntry(e)));
      }
      List<NoteDocument> docs = new ArrayList<>();
      for (Future<NoteDocument> f : futures) {
        docs.add(f.get());
      }
      return docs;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading notes", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private NoteDocument readEntry(Entry e) {
    if (e.problem() != null) {
      return unread(e.relative(), 0, List.of("not read: " + e.problem().message()),
          List.of(e.problem()));
    }
    return readFile(e.file(), e.relative(), options.maxFileBytes());
  }

  /** Reads one file; never throws for bad content. */
  public static NoteDocument readFile(Path file, String relative, long maxBytes) {
    long size;
    byte[] bytes;
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A named pipe, socket or device: reading it could block forever.
      String msg = "not a regular file (a named pipe, socket or device); not read";
      return unread(relative, 0, List.of(msg),
          List.of(Finding.of(IngestRules.UNREADABLE, msg, relative, SourceSpan.lines(1, 1))));
    }
    try {
      size = Files.size(file);
      if (size > maxBytes) {
        String msg = String.format(Locale.ROOT,
            "file is %.1f MB, over the %.1f MB limit (--max-file-size); not read",
            size / 1e6, maxBytes / 1e6);
        return unread(relative, size, List.of(msg),
            List.of(Finding.of(IngestRules.TOO_LARGE, msg, relative, SourceSpan.lines(1, 1))));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException ex) {
      String msg = "cannot read file: it does not exist (a broken link?)";
      return unread(relative, 0, List.of(msg),
          List.of(Finding.of(IngestRules.UNREADABLE, msg, relative, SourceSpan.lines(1, 1))));
    } catch (AccessDeniedException ex) {
      String msg = "cannot read file: permission denied";
      return unread(relative, 0, List.of(msg),
          List.of(Finding.of(IngestRules.UNREADABLE, msg, relative, SourceSpan.lines(1, 1))));
    } catch (IOException | OutOfMemoryError ex) {
      String msg = "cannot read file: " + ex.getClass().getSimpleName()
          + (ex.getMessage() == null ? "" : " " + ex.getMessage());
      return unread(relative, 0, List.of(msg),
          List.of(Finding.of(IngestRules.UNREADABLE, msg, relative, SourceSpan.lines(1, 1))));
    }
    return DocumentReader.read(relative, bytes);
  }

  static NoteDocument unread(String relative, long bytes, List<String> evidence,
      List<Finding> findings) {
    Section root = new Section(Text.empty(1, 1, -1), 0, SourceSpan.lines(1, 1),
        SourceSpan.lines(1, 1), List.of(), List.of(), List.of());
    return new NoteDocument(relative, Format.UNREAD, evidence, LineEnding.NONE, "", bytes, root,
        findings);
  }

  private void walk(Path dir, Path root, List<Entry> entries) {
    List<Path> excluded = new ArrayList<>();
    for (Path x : options.excluded()) {
      excluded.add(x.toAbsolutePath().normalize());
      try {
        excluded.add(x.toRealPath());
      } catch (IOException ignored) {
        // An output folder that does not exist yet cannot hold inputs.
      }
    }
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              if (!d.equals(dir) && (hidden(d) || isExcluded(d, excluded))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (!hidden(f) && !isExcluded(f, excluded) && (attrs.isRegularFile()
                  || attrs.isOther() || attrs.isSymbolicLink())
                  && options.select().test(relative(root, f))) {
                entries.add(new Entry(f, relative(root, f), null));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException exc) {
              String rel = relative(root, f);
              Finding problem;
              if (exc instanceof FileSystemLoopException) {
                problem = Finding.of(IngestRules.LINK_LOOP,
                    "directory link loops back to one of its parents; not followed", rel,
                    SourceSpan.lines(1, 1));
              } else if (hidden(f)) {
                return FileVisitResult.CONTINUE;
              } else {
                String why = exc instanceof NoSuchFileException
                    ? "it does not exist (a broken link?)"
                    : exc instanceof AccessDeniedException ? "permission denied"
                    : String.valueOf(exc.getMessage());
                problem = Finding.of(IngestRules.UNREADABLE, "cannot read: " + why, rel,
                    SourceSpan.lines(1, 1));
              }
              entries.add(new Entry(f, rel, problem));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      entries.add(new Entry(dir, relative(root, dir), Finding.of(IngestRules.UNREADABLE,
          "cannot read directory: " + e.getMessage(), relative(root, dir),
          SourceSpan.lines(1, 1))));
    }
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isExcluded(Path p, List<Path> excluded) {
    Path a = p.toAbsolutePath().normalize();
    for (Path x : excluded) {
      if (a.equals(x)) {
        return true;
      }
    }
    try {
      Path real = p.toRealPath();
      for (Path x : excluded) {
        if (real.equals(x)) {
          return true;
        }
      }
    } catch (IOException ignored) {
      // A path that cannot be resolved is reported when it is read.
    }
    return false;
  }

  private static Path commonRoot(List<Path> paths) {
    Path root = null;
    for (Path p : paths) {
      Path dir = Files.isDirectory(p) ? p : p.getParent();
      if (root == null) {
        root = dir;
      } else {
        while (!dir.startsWith(root)) {
          root = root.getParent();
        }
      }
    }
    return root;
  }

  private static String relative(Path root, Path file) {
    String rel = root.relativize(file.toAbsolutePath().normalize()).toString();
    if (rel.isEmpty()) {
      rel = file.getFileName().toString();
    }
    return rel.replace('\\', '/');
  }
}
