package org.notelint.util;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;

/** Maps a list on a pool of a given size, keeping the list's order in the result. */
public final class Parallel {
  private Parallel() {}

  /**
   * {@code f} applied to every item, on {@code jobs} threads (in the calling thread when
   * {@code jobs} is 1 or there is one item); the results are in the items' order, so the
   * thread count never changes the output. A runtime exception or an error of {@code f} is rethrown.
   */
  public static <T, R> List<R> map(List<T> items, int jobs, Function<T, R> f) {
    if (jobs <= 1 || items.size() <= 1) {
      return items.stream().map(f).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(jobs);
    try {
      return pool.submit(() -> items.parallelStream().map(f).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw rethrown(e);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * What {@code e} wraps, to rethrow as it was thrown: an error (out of memory, stack
   * overflow: the caller reports them as such) or a runtime exception as itself.
   */
  private static RuntimeException rethrown(ExecutionException e) {
    if (e.getCause() instanceof Error err) {
      throw err;
    }
    return e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e);
  }

  /**
   * {@code f} started on a thread of its own (named {@code name}); {@link Background#get}
   * waits for its result and rethrows what it threw, as {@link #map} does.
   */
  public static <R> Background<R> start(String name, Supplier<R> f) {
    FutureTask<R> task = new FutureTask<>(f::get);
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return new Background<>(task);
  }

  /** A result being worked out on another thread ({@link #start}). */
  public static final class Background<R> {
    private final FutureTask<R> task;

    private Background(FutureTask<R> task) {
      this.task = task;
    }

    /** The result, once there. */
    public R get() {
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        throw rethrown(e);
      }
    }
  }
}
