package vn.antq.members.domain;

import java.util.function.Supplier;

/**
 * Transaction boundaries, which the domain draws itself because some operations must not hold one
 * open while another service answers. Every transaction is bound to the caller's province.
 */
public interface Transactions {

  <T> T inTransaction(Supplier<T> work);

  /** A transaction of its own, even inside another: it commits whatever the outer one does (progress). */
  <T> T separately(Supplier<T> work);
}
