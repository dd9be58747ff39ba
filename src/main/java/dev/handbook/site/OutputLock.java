package dev.handbook.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One build at a time per output folder: a lock on a file beside it (`.site.lock` for `site/`),
 * held for the whole build. The operating system releases it when the process ends, however it
 * ends, so a killed build never leaves the folder locked. A second build waits for the first and
 * gives up after a while; only the holder cleans up what earlier, killed builds left behind, so no
 * clean-up ever touches a live build's draft.
 */
final class OutputLock implements AutoCloseable {
  /** Refused: another build kept the folder for too long. */
  static final class Busy extends IOException {
    private static final long serialVersionUID = 1L;

    Busy(String message) {
      super(message);
    }
  }

  /** Folders this process holds: the file lock is per process, so threads queue here. */
  private static final Set<Path> HELD = new HashSet<>();

  private final Path target;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path target, FileChannel channel, FileLock lock) {
    this.target = target;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of an output folder. */
  static Path fileOf(Path out) {
    Path target = out.toAbsolutePath().normalize();
    return target.resolveSibling("." + target.getFileName() + ".lock");
  }

  /**
   * Takes the lock of the output folder, waiting up to `patience` for another build to finish;
   * `waiting` hears once that this build is waiting.
   */
  static OutputLock take(Path out, Duration patience, Consumer<String> waiting) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    long deadline = System.nanoTime() + patience.toNanos();
    boolean told = false;
    synchronized (HELD) {
      while (HELD.contains(target)) {
        told = tell(waiting, target, told);
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw busy(target, patience);
        }
        try {
          HELD.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw busy(target, patience);
        }
      }
      HELD.add(target);
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(fileOf(target), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      while (true) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null;
        }
        if (lock != null) {
          return new OutputLock(target, channel, lock);
        }
        told = tell(waiting, target, told);
        if (System.nanoTime() > deadline) {
          throw busy(target, patience);
        }
        Thread.sleep(50);
      }
    } catch (IOException | RuntimeException e) {
      release(target, channel);
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      release(target, channel);
      throw busy(target, patience);
    }
  }

  private static boolean tell(Consumer<String> waiting, Path target, boolean told) {
    if (!told) {
      waiting.accept("waiting for another build of " + target + " to finish");
    }
    return true;
  }

  private static Busy busy(Path target, Duration patience) {
    return new Busy(
        "another build is still writing "
            + target
            + " after "
            + patience.toSeconds()
            + " s; wait for it to finish, or build into another --out folder");
  }

  private static void release(Path target, FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // closing releases the lock; nothing else to do
      }
    }
    synchronized (HELD) {
      HELD.remove(target);
      HELD.notifyAll();
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // the channel's close below releases it too
    }
    release(target, channel);
  }
}
