package vn.antq.core;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction bound to the caller's province (libs/persistence provides
 * it). The domain opens its own transactions so that a call to another service happens between
 * them, never while a connection is held.
 */
public interface Transactions {

  <T> T run(Supplier<T> work);
}
