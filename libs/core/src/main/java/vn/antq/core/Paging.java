package vn.antq.core;


/** Page sizes of every list. */
public final class Paging {

  private static final int MAX_PAGE_SIZE = 500;
  private static final int DEFAULT_PAGE_SIZE = 50;

  private Paging() {}

  public static int pageSize(int requested) {
    if (requested < 0) {
      throw new DomainException.InvalidInput("page_size", "must not be negative");
    }
    return requested == 0 ? DEFAULT_PAGE_SIZE : Math.min(requested, MAX_PAGE_SIZE);
  }
}
