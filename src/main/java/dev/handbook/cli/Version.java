package dev.handbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product version, written into the jar by the Maven build. */
public final class Version {
  private Version() {}

  public static String get() {
    try (InputStream in = Version.class.getResourceAsStream("/dev/handbook/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "0.0.0-unknown");
    } catch (IOException e) {
      return "0.0.0-unknown";
    }
  }
}
