package vn.antq.welfare.domain;

import java.math.BigDecimal;
import vn.antq.core.DomainException;

/** Amounts in whole đồng. */
public final class Money {

  /** Per item or contribution; keeps any realistic province total far inside int64. */
  public static final long MAX_VND = 1_000_000_000_000_000L;

  private Money() {}

  /** A database sum (numeric) as int64, refusing rather than wrapping around. */
  public static long exact(BigDecimal sum) {
    if (sum == null) {
      return 0;
    }
    try {
      return sum.longValueExact();
    } catch (ArithmeticException e) {
      throw new DomainException.FailedPrecondition("the total exceeds what a report can carry; choose a shorter period");
    }
  }
}
