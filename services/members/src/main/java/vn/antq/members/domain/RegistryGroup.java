package vn.antq.members.domain;

/** A group as the registry knows it, with its model's code. */
public record RegistryGroup(GroupPath path, String modelCode) {}
