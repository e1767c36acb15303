package vn.antq.registry.domain.national;

/** A template as one province sees it: {@code adoption} is the province's own model from it, or null. */
public record CatalogueEntry(Template template, Replica adoption) {

  public boolean newerVersionAvailable() {
    return adoption != null && template.current().version() > adoption.templateVersion();
  }
}
