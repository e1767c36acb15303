package vn.antq.registry.domain.national;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.antq.registry.domain.Decision;
import vn.antq.registry.domain.Retirement;

/**
 * A national template: a province's model the Ministry recognised, owned nationally from then on.
 * {@code versions} holds every version, newest first; the first is the current one.
 */
public record Template(UUID id, String code, TemplateStatus status, String originProvince, UUID originModelId,
                       Decision recognition, Retirement retirement, List<TemplateVersion> versions,
                       Instant createTime) {

  public Template {
    versions = List.copyOf(versions);
  }

  public TemplateVersion current() {
    return versions.get(0);
  }

  public Optional<TemplateVersion> version(int number) {
    return versions.stream().filter(v -> v.version() == number).findFirst();
  }
}
