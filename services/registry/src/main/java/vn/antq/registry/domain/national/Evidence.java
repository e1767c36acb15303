package vn.antq.registry.domain.national;

import java.time.Instant;
import java.util.List;
import vn.antq.registry.domain.Gap;

/** A nominated model's record as gathered on the day: the registry's figures, the other services', and gaps. */
public record Evidence(Instant gatherTime, RegistryEvidence registry, ExternalFigures external, List<Gap> gaps) {

  public Evidence {
    gaps = List.copyOf(gaps);
  }
}
