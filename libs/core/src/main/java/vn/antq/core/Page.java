package vn.antq.core;

import java.util.List;

/** One page of a keyset-paged list; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor, int totalSize) {}
