package vn.antq.registry.domain.national;

import java.time.Instant;
import vn.antq.registry.domain.Decision;
import vn.antq.registry.domain.Sector;

/** One version of a template, immutable once written; {@code decision} is null when none was cited. */
public record TemplateVersion(int version, String displayName, Sector sector, String description, String changelog,
                              Decision decision, String author, Instant createTime) {}
