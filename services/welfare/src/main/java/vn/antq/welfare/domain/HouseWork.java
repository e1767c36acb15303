package vn.antq.welfare.domain;

/** For charity houses: built new or repaired. */
public enum HouseWork {
  NEW_BUILD, REPAIR
}
