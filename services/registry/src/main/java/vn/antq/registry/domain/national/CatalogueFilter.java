package vn.antq.registry.domain.national;

import vn.antq.registry.domain.Sector;

/** Catalogue filters; null means "any". {@code foldedText} is already diacritic-folded. */
public record CatalogueFilter(Sector sector, String foldedText) {

  public static final CatalogueFilter ALL = new CatalogueFilter(null, null);
}
