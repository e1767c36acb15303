package vn.antq.campaigns.domain;

/** Where something took place; summaries break totals down by district. */
public record Place(String district, String commune, String venue) {}
