package vn.antq.members.domain;

import java.util.UUID;

/** List filters, all optional (null). Text and commune are already folded (no case, no diacritics). */
public record PersonQuery(String foldedText, UUID modelId, UUID groupId, String foldedCommune) {}
