package vn.antq.registry.domain;

public record ProvinceCounts(String province, int models, int activeModels, int replicationPoints, int groups,
                             long members) {}
