package vn.antq.welfare.domain;

import java.time.LocalDate;

/**
 * A welfare item as a caller describes it; links are resource names. Null stands for "not given"
 * (enums, dates, links); {@link ItemRules} cleans and validates it.
 */
public record ItemDraft(WelfareKind kind, HouseWork houseWork, String displayName, String description, long quantity,
                        QuantityUnit unit, long value, String commune, String district, LocalDate startDate,
                        LocalDate handoverDate, WelfareStatus status, String model, String campaign,
                        String beneficiary) {

  public ItemDraft withStatus(WelfareStatus newStatus) {
    return new ItemDraft(kind, houseWork, displayName, description, quantity, unit, value, commune, district,
        startDate, handoverDate, newStatus, model, campaign, beneficiary);
  }
}
