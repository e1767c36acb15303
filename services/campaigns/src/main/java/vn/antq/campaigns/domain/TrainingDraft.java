package vn.antq.campaigns.domain;

import java.time.LocalDate;

/** A training class as a caller describes it; a null audience stands for an unknown one. */
public record TrainingDraft(String title, Audience audience, Place place, LocalDate startDate, int trainees) {}
