package vn.antq.launcher.seed;

import java.util.Arrays;
import java.util.Random;

/** Splits a demo total into parts that add up to it exactly; the same random seed gives the same split. */
final class Spread {

  private Spread() {}

  /** {@code total} split into {@code parts} counts of at least {@code minimum} each. */
  static int[] counts(int total, int parts, int minimum, Random random) {
    if (parts * minimum > total) {
      throw new IllegalArgumentException(total + " cannot be split into " + parts + " parts of at least " + minimum);
    }
    int[] counts = new int[parts];
    Arrays.fill(counts, minimum);
    for (int left = total - parts * minimum; left > 0; left--) {
      counts[random.nextInt(parts)]++;
    }
    return counts;
  }

  /** As {@link #counts}, with every part at least half the average: nothing looks empty. */
  static int[] even(int total, int parts, Random random) {
    return counts(total, parts, total / parts / 2, random);
  }
}
