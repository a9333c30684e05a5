package org.notelint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The files changed since a git revision ({@code --changed-since REV}): what {@code git diff}
 * lists between REV and the work tree (renamed files under their new name, staged and unstaged
 * edits), plus untracked files that are not ignored.
 */
final class GitChanges {
  private GitChanges() {}

  /**
   * The changed files under {@code root}, as absolute normalised paths; a {@link
   * UsageException} when {@code root} is not in a git work tree, git is missing, or
   * {@code rev} is not a revision.
   */
  static Set<Path> since(Path root, String rev) throws UsageException {
    Path dir = java.nio.file.Files.isDirectory(root) ? root : root.getParent();
    Result top = git(dir, "rev-parse", "--show-toplevel");
    if (top.code != 0) {
      throw new UsageException("--changed-since needs a git work tree, and " + dir
          + " is not in one", false);
    }
    Path toplevel = Path.of(top.out.strip()).toAbsolutePath().normalize();
    Result verify = git(dir, "rev-parse", "--verify", "--quiet", rev + "^{commit}");
    if (verify.code != 0) {
      throw new UsageException("--changed-since '" + rev + "': not a revision in "
          + toplevel, false);
    }
    Set<Path> out = new TreeSet<>();
    Result diff = git(toplevel, "diff", "--name-only", "-z", "-M", "--diff-filter=ACMRT",
        verify.out.strip(), "--");
    Result untracked = git(toplevel, "ls-files", "-z", "--others", "--exclude-standard");
    for (Result r : List.of(diff, untracked)) {
      if (r.code != 0) {
        throw new UsageException("--changed-since: git failed: " + r.err.strip(), false);
      }
      for (String name : r.out.split("\u0000")) {
        if (!name.isEmpty()) {
          out.add(toplevel.resolve(name).toAbsolutePath().normalize());
        }
      }
    }
    return out;
  }

  private record Result(int code, String out, String err) {}

  private static Result git(Path dir, String... args) throws UsageException {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.add("-c");
    cmd.add("core.quotepath=off");
    cmd.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
    } catch (IOException e) {
      throw new UsageException("--changed-since needs git on the PATH: " + e.getMessage(),
          false);
    }
    try {
      p.getOutputStream().close();
      CompletableFuture<String> out = read(p.getInputStream());
      CompletableFuture<String> err = read(p.getErrorStream());
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new UsageException("--changed-since: git did not answer within 60 s", false);
      }
      return new Result(p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UsageException("--changed-since: " + e.getMessage(), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("--changed-since: interrupted", false);
    }
  }

  private static CompletableFuture<String> read(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    });
  }
}
