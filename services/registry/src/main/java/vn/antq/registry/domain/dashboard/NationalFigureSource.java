package vn.antq.registry.domain.dashboard;

import vn.antq.registry.domain.Section;

/**
 * A service's national totals for the dashboard. Adding a source is one small bean: its section,
 * and one national gRPC read (through {@code RemoteCalls}) mapped to {@link Figure}s per province.
 */
public interface NationalFigureSource {

  Section section();

  /** Every province's figures of this section; throws when the service does not answer. */
  SectionFigures read();

  /**
   * The same for the report's period ("2023", "2023-q2", "2023-05"; empty: each source's latest).
   * Only sources whose figures are per period (campaign results) override it; totals ignore it.
   */
  default SectionFigures read(String period) {
    return read();
  }
}
