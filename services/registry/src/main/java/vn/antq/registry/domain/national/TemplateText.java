package vn.antq.registry.domain.national;

import vn.antq.registry.domain.Sector;

/** The editable text of a template version. */
public record TemplateText(String displayName, Sector sector, String description) {}
