package vn.antq.welfare.domain;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction bound to the caller's province. The domain opens its own
 * transactions so that a call to another service (the registry) happens between them, never while
 * a connection is held.
 */
@FunctionalInterface
public interface Transactions {

  <T> T run(Supplier<T> work);
}
