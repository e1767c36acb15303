package vn.antq.welfare.domain;

/** What was built, repaired or given; mirrors the contract's enum by name. */
public enum WelfareKind {
  CHARITY_HOUSE(QuantityUnit.PIECE, BeneficiaryType.HOUSEHOLD),
  RURAL_BRIDGE(QuantityUnit.PIECE, null),
  SCHOLARSHIP(QuantityUnit.PIECE, BeneficiaryType.STUDENT),
  GIFT_PACKAGE(QuantityUnit.PIECE, null),
  NOTEBOOKS(QuantityUnit.BOOK, BeneficiaryType.STUDENT),
  HEALTH_INSURANCE_CARD(QuantityUnit.PIECE, null),
  RICE(QuantityUnit.KILOGRAM, null),
  /** Anything else, in whichever unit fits it. */
  OTHER(null, null);

  private final QuantityUnit unit;
  private final BeneficiaryType beneficiaryType;

  WelfareKind(QuantityUnit unit, BeneficiaryType beneficiaryType) {
    this.unit = unit;
    this.beneficiaryType = beneficiaryType;
  }

  /** The one unit of this kind; null for OTHER, which takes any. */
  public QuantityUnit unit() {
    return unit;
  }

  public boolean fits(QuantityUnit candidate) {
    return candidate != null && (unit == null || unit == candidate);
  }

  /** Who such an item can go to, when it names a beneficiary; null: either. */
  public BeneficiaryType beneficiaryType() {
    return beneficiaryType;
  }
}
