package vn.antq.registry.domain.national;

import java.util.List;

/** The Ministry's view of a template: the origin model's figures beside each adopter's. */
public record NationalCatalogueEntry(Template template, Replica origin, List<Replica> adopters) {

  public NationalCatalogueEntry {
    adopters = List.copyOf(adopters);
  }
}
