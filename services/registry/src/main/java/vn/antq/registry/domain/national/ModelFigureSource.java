package vn.antq.registry.domain.national;

import java.util.UUID;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.Section;

/**
 * Another service's figures about one model (members, campaigns, awards, welfare), for nomination
 * evidence and effectiveness reviews. One small bean per service, calling it over gRPC through
 * {@code RemoteCalls}; a section without a source is reported as not available.
 */
public interface ModelFigureSource {

  Section section();

  /**
   * The section's part of {@link ExternalFigures} (the other parts null) for the model, covering the
   * periods up to and including {@code upTo}. Throws when the service cannot answer.
   */
  ExternalFigures read(String province, UUID modelId, Period upTo);
}
