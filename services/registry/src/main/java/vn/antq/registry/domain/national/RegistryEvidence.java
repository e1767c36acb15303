package vn.antq.registry.domain.national;

import java.time.LocalDate;

/** What the registry knows of a model: its reach. */
public record RegistryEvidence(int replicationPoints, int groups, long members, int communes, int districts,
                               LocalDate establishedDate) {}
