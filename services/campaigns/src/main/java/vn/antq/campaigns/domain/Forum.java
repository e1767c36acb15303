package vn.antq.campaigns.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored forum with its opinions, in the order they were raised. */
public record Forum(UUID id, LocalDate date, Place place, int attendees, List<Opinion> opinions, Instant createTime) {}
