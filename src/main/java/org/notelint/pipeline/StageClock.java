package org.notelint.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall time per stage of one run, for {@code --verbose}: each {@link #lap(String)} closes the
 * stage that ran since the previous lap (or since the clock was made). Not thread-safe: the
 * stages are laid out by the one thread that runs them.
 */
public final class StageClock {
  private final List<String> names = new ArrayList<>();
  private final List<Long> nanos = new ArrayList<>();
  private long last = System.nanoTime();

  /** Ends the current stage under {@code name} and starts the next. */
  public void lap(String name) {
    long now = System.nanoTime();
    names.add(name);
    nanos.add(now - last);
    last = now;
  }

  /** "rules 0.21 s, read 0.40 s, ..., total 1.20 s", in the order the stages ran. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    long total = 0;
    for (int i = 0; i < names.size(); i++) {
      b.append(String.format(Locale.ROOT, "%s %.2f s, ", names.get(i), nanos.get(i) / 1e9));
      total += nanos.get(i);
    }
    return b.append(String.format(Locale.ROOT, "total %.2f s", total / 1e9)).toString();
  }
}
