package vn.antq.registry.domain;

import java.time.LocalDate;

/** What a caller asks to create or change; validated by {@link RegistryService}. */
public record ModelDraft(String code, String displayName, Sector sector, String description, ModelStatus status,
                         LocalDate establishedDate) {}
