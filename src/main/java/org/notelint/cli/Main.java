package org.notelint.cli;

import java.nio.file.Path;

/** The program entry point: the only {@code System.exit} in notelint. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    boolean color = System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
    // A progress bar only on a terminal: System.console() is null when output is piped.
    boolean progress = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    int code = new Cli(System.out, System.err, Path.of(""), color, progress).run(args);
    System.out.flush();
    System.exit(code);
  }
}
