package vn.antq.awards.domain;

import java.util.function.Supplier;

/** One transaction, bound to the caller's province by libs/persistence. */
public interface Transactions {

  <T> T run(Supplier<T> work);
}
