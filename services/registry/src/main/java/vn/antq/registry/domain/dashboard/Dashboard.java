package vn.antq.registry.domain.dashboard;

import java.time.Instant;
import java.util.List;
import vn.antq.registry.domain.Gap;

/** The national dashboard; {@code complete} is false when a source in this deployment did not answer. */
public record Dashboard(List<ProvinceRow> provinces, ProvinceRow nation, boolean complete, List<Gap> gaps,
                        Instant generateTime) {

  public Dashboard {
    provinces = List.copyOf(provinces);
    gaps = List.copyOf(gaps);
  }
}
