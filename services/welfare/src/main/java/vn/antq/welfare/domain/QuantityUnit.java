package vn.antq.welfare.domain;

/** Units of quantities: counted pieces (căn, cây, suất, phần, thẻ), kilograms, books (quyển). */
public enum QuantityUnit {
  PIECE, KILOGRAM, BOOK
}
