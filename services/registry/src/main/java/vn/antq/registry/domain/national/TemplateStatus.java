package vn.antq.registry.domain.national;

public enum TemplateStatus { ACTIVE, RETIRED }
