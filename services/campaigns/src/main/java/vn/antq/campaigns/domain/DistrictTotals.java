package vn.antq.campaigns.domain;

public record DistrictTotals(String district, Totals totals) {}
