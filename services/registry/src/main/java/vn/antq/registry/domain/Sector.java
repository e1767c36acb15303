package vn.antq.registry.domain;

/** The community a model organises; mirrors the contract's enum by name. */
public enum Sector {
  FISHERMEN, RELIGIOUS_COMMUNITY, ETHNIC_COMMUNITY, FAMILY_LINEAGE, VETERANS, WOMEN, FARMERS, WORKERS,
  SCHOOLS, INDUSTRIAL_ZONE, RESIDENTIAL_AREA, REFORMED_OFFENDERS, WATERWAYS, FOREST_AND_COAST,
  TRAFFIC_SAFETY, OTHER
}
