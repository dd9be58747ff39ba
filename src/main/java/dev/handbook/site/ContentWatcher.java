package dev.handbook.site;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the content and templates folders (recursively) and reports the files that changed, in
 * batches: an editor's save is often several events, so it waits for a short quiet spell.
 */
public final class ContentWatcher implements AutoCloseable {
  private static final long QUIET_MS = 40;
  private final WatchService watch;

  /** Folders watched only for a root that does not exist yet: their other entries are not ours. */
  private final Map<Path, Path> awaited = new HashMap<>();

  public ContentWatcher(Path... roots) throws IOException {
    watch = FileSystems.getDefault().newWatchService();
    for (Path raw : roots) {
      Path root = raw.toAbsolutePath().normalize();
      if (Files.isDirectory(root)) {
        registerTree(root);
      } else if (root.getParent() != null && Files.isDirectory(root.getParent())) {
        // templates/ often appears while serve runs: watch its parent for it alone.
        awaited.put(root.getParent(), root);
        root.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE);
      }
    }
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        d.register(
            watch,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  /** Blocks, calling onChange with each batch of changed paths, until the watcher is closed. */
  public void run(Consumer<Set<Path>> onChange) {
    try {
      while (true) {
        WatchKey key = watch.take();
        Set<Path> changed = new LinkedHashSet<>();
        collect(key, changed);
        WatchKey more;
        while ((more = watch.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
          collect(more, changed);
        }
        if (!changed.isEmpty()) {
          onChange.accept(changed);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // closed by close(): stop quietly
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.add(dir); // events were lost: everything under this folder is read again
        continue;
      }
      Path p = dir.resolve((Path) event.context());
      if (awaited.containsKey(dir) && !p.equals(awaited.get(dir))) {
        continue; // the project folder's other entries (the site being written, say)
      }
      if (Files.isDirectory(p)) {
        try {
          registerTree(p);
          try (Stream<Path> files = Files.walk(p)) {
            files.filter(Files::isRegularFile).forEach(changed::add);
          }
        } catch (IOException e) {
          changed.add(p);
        }
      } else {
        changed.add(p);
      }
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    watch.close();
  }
}
