package dev.handbook;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Generated inputs for tests, from seeded random generators: the same seed gives the same cases, so
 * a failure names the seed and the input and can be replayed. The base seed is fixed unless {@code
 * -Dhandbook.seed=N} asks for another (CI may pass the build number to explore).
 */
public final class Generated {
  private Generated() {}

  /** The base seed of this run. */
  public static final long SEED = Long.getLong("handbook.seed", 20261130L);

  /** A case that failed, with what is needed to replay it. */
  public static final class Failure extends AssertionError {
    private static final long serialVersionUID = 1L;

    Failure(String name, long seed, Object input, Throwable cause) {
      super(
          name
              + " failed for seed "
              + seed
              + " (replay with -Dhandbook.seed="
              + SEED
              + "); input:\n"
              + input
              + "\n"
              + cause.getMessage(),
          cause);
    }
  }

  /** Something that checks one generated input. */
  public interface Check<T> {
    void accept(T input) throws Exception;
  }

  /** Runs `check` on `tries` inputs made by `make`, each from its own seed. */
  public static <T> void forAll(String name, int tries, Function<Random, T> make, Check<T> check) {
    for (int i = 0; i < tries; i++) {
      long seed = SEED * 1_000_003L + name.hashCode() * 31L + i;
      T input = make.apply(new Random(seed));
      try {
        check.accept(input);
      } catch (Exception | AssertionError e) {
        throw new Failure(name + " (case " + i + ")", seed, input, e);
      }
    }
  }

  /** One of the options, uniformly. */
  public static <T> T oneOf(Random r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  /** A string of up to `max` characters drawn from `alphabet`. */
  public static String string(Random r, String alphabet, int max) {
    int n = r.nextInt(max + 1);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /**
   * A string of up to `max` arbitrary UTF-16 code units, unpaired surrogates and controls included.
   */
  public static String anyString(Random r, int max) {
    int n = r.nextInt(max + 1);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(10);
      if (kind < 6) {
        b.append((char) (32 + r.nextInt(95)));
      } else if (kind < 8) {
        b.append((char) r.nextInt(32));
      } else {
        b.append((char) r.nextInt(0x10000));
      }
    }
    return b.toString();
  }
}
