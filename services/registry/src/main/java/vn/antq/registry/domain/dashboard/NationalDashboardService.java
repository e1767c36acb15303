package vn.antq.registry.domain.dashboard;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import vn.antq.registry.domain.FanOut;
import vn.antq.registry.domain.Section;

/** Asks every source at once, within one budget, and assembles whatever answered. */
public class NationalDashboardService {

  private final Collection<NationalFigureSource> sources;
  private final ProvinceDirectory directory;
  private final FanOut fanOut;

  public NationalDashboardService(Collection<NationalFigureSource> sources, ProvinceDirectory directory,
                                  FanOut fanOut) {
    this.sources = sources;
    this.directory = directory;
    this.fanOut = fanOut;
  }

  public Dashboard dashboard() {
    return dashboard("");
  }

  /** @param period the period of per-period figures, e.g. "2023"; empty for each source's latest */
  public Dashboard dashboard(String period) {
    Map<Section, Callable<SectionFigures>> asks = new EnumMap<>(Section.class);
    sources.forEach(source -> asks.put(source.section(), () -> source.read(period)));
    return DashboardAssembler.assemble(directory.provinces(), fanOut.run(asks));
  }
}
