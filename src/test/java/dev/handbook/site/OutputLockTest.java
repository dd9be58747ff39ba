package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build at a time per output folder; a second waits, and refuses when it waited too long. */
class OutputLockTest {
  @TempDir Path root;

  @Test
  void aSecondBuildWaitsThenRefusesWithAClearMessage() throws Exception {
    Path out = root.resolve("site");
    List<String> notices = new ArrayList<>();
    try (OutputLock first = OutputLock.take(out, Duration.ZERO, notices::add)) {
      OutputLock.Busy busy =
          assertThrows(
              OutputLock.Busy.class,
              () -> OutputLock.take(out, Duration.ofMillis(200), notices::add));
      assertTrue(busy.getMessage().contains("another build is still writing"), busy.getMessage());
      assertTrue(notices.get(0).startsWith("waiting for another build of "), notices.toString());
    }
    // Released: the next one takes it at once, and the lock file is beside the folder.
    try (OutputLock again = OutputLock.take(out, Duration.ZERO, notices::add)) {
      assertTrue(Files.exists(root.resolve(".site.lock")));
    }
  }

  @Test
  void aWaitingBuildGoesOnWhenTheFirstFinishes() throws Exception {
    Path out = root.resolve("site");
    OutputLock first = OutputLock.take(out, Duration.ZERO, n -> {});
    Thread release =
        new Thread(
            () -> {
              try {
                Thread.sleep(300);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              first.close();
            });
    release.start();
    try (OutputLock second = OutputLock.take(out, Duration.ofSeconds(30), n -> {})) {
      assertTrue(second != null);
    }
    release.join();
  }
}
