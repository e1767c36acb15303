package vn.antq.registry.domain.national;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.Section;

/**
 * Another service's figures about a province's models (members, campaigns, awards, welfare), for
 * nomination evidence and effectiveness reviews. One small bean per service, calling it over gRPC
 * through {@code RemoteCalls}, once for all the models asked; a section without a source is
 * reported as not available.
 */
public interface ModelFigureSource {

  Section section();

  /**
   * For each model, the section's part of {@link ExternalFigures} (the other parts null), covering
   * the periods up to and including {@code upTo}. Throws when the service cannot answer.
   */
  Map<UUID, ExternalFigures> read(String province, Collection<UUID> models, Period upTo);
}
