package vn.antq.registry.domain;

/** List filters; null means "any". {@code foldedText} is already diacritic-folded. */
public record ModelFilter(ModelStatus status, Sector sector, String foldedText) {}
