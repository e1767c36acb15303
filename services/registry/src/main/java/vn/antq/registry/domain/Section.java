package vn.antq.registry.domain;

import java.util.List;

/** The services whose figures national reports combine; mirrors the contract's enum by name. */
public enum Section {
  REGISTRY, MEMBERS, CAMPAIGNS, AWARDS, WELFARE;

  /** The sections other services provide; on their own branch they arrive as sources. */
  public static final List<Section> EXTERNAL = List.of(MEMBERS, CAMPAIGNS, AWARDS, WELFARE);
}
