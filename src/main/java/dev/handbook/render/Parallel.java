package dev.handbook.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * Runs work on every core and returns only when all of it has finished, even when some failed. A
 * parallel stream rethrows the first failure while its other tasks may still be writing pages, so a
 * build that then deletes its draft would race them; this waits for them first.
 */
final class Parallel {
  private Parallel() {}

  static <T> void forEach(List<T> items, Consumer<T> action) {
    if (items.isEmpty()) {
      return;
    }
    int parts = Math.min(items.size(), ForkJoinPool.getCommonPoolParallelism() * 4);
    List<CompletableFuture<Void>> running = new ArrayList<>(parts);
    for (int k = 0; k < parts; k++) {
      List<T> part = items.subList(k * items.size() / parts, (k + 1) * items.size() / parts);
      running.add(CompletableFuture.runAsync(() -> part.forEach(action)));
    }
    Throwable first = null;
    for (CompletableFuture<Void> f : running) {
      try {
        f.join();
      } catch (CompletionException e) {
        if (first == null) {
          first = e.getCause();
        }
      }
    }
    if (first instanceof RuntimeException r) {
      throw r;
    }
    if (first instanceof Error err) {
      throw err;
    }
    if (first != null) {
      throw new IllegalStateException(first);
    }
  }
}
