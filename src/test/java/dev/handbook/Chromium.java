package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium, driven through its own chromedriver, for the browser tests. Both
 * binaries are named, so Selenium Manager never looks for (or downloads) a browser or a driver.
 */
final class Chromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriverService service;
  final ChromeDriver driver;

  private Chromium(ChromeDriverService service, ChromeDriver driver) {
    this.service = service;
    this.driver = driver;
  }

  /** Fails, naming the install command, when Chromium or its driver is missing. */
  static void requireInstalled() {
    for (Path binary : List.of(BINARY, DRIVER)) {
      assertTrue(
          Files.isExecutable(binary),
          binary
              + " is missing: the browser tests need Debian's Chromium and its driver."
              + " Run .ci/run (it installs them), or: apt-get install chromium chromium-driver");
    }
  }

  /** Starts a browser with a 1280x900 window and a fresh profile in the given folder. */
  static Chromium start(Path profile) throws IOException {
    requireInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectories(profile));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    return new Chromium(service, new ChromeDriver(service, options));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }
}
