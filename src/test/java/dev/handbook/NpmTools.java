package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * The npm tools the integration tests run (Microsoft's SARIF validator, the GitHub workflow
 * validator, axe-core), pinned by {@code src/test/tools/package-lock.json} and installed once into
 * {@code target/tools} with {@code npm ci}. A stamp holds the lock file's hash, so later runs reuse
 * the installation until the lock changes.
 *
 * <p>npm never inherits the test JVM's standard input: Surefire and Failsafe talk to their forked
 * JVM through it, and a child that reads it corrupts the channel and fails the build.
 */
public final class NpmTools {
  private static final Path SPEC = Path.of("src/test/tools").toAbsolutePath();
  public static final Path HOME = Path.of("target/tools").toAbsolutePath();

  private NpmTools() {}

  /** Installs the pinned tools when the installation is missing or older than the lock file. */
  public static synchronized Path install() throws IOException, InterruptedException {
    String want = hash(SPEC.resolve("package-lock.json"));
    Path stamp = HOME.resolve(".installed");
    if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(want)) {
      return HOME;
    }
    Files.createDirectories(HOME);
    Files.copy(
        SPEC.resolve("package.json"),
        HOME.resolve("package.json"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        SPEC.resolve("package-lock.json"),
        HOME.resolve("package-lock.json"),
        StandardCopyOption.REPLACE_EXISTING);
    Path log = HOME.resolve("npm-ci.log");
    Process npm =
        new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
            .directory(HOME.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(npm.waitFor(10, TimeUnit.MINUTES), "npm ci timed out; see " + log);
    if (npm.exitValue() != 0) {
      throw new AssertionError(
          "npm ci failed (the tests need Node.js and npm):\n" + Files.readString(log));
    }
    Files.writeString(stamp, want);
    return HOME;
  }

  /** The path of an installed tool's command, e.g. {@code sarif-multitool}. */
  public static Path bin(String name) throws IOException, InterruptedException {
    return install().resolve("node_modules/.bin").resolve(name);
  }

  private static String hash(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
