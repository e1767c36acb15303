package vn.antq.registry.domain.dashboard;

import java.util.Map;

/** The provinces the platform serves (configuration, never code): slug → display name. */
public interface ProvinceDirectory {

  Map<String, String> provinces();
}
