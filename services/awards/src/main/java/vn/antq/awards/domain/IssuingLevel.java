package vn.antq.awards.domain;

/** Who decides an award; the Vietnamese name is what reports print. */
public enum IssuingLevel {
  FATHERLAND_FRONT_CENTRAL("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
  MINISTRY("Bộ Công an"),
  PROVINCIAL_COMMITTEE("Ủy ban nhân dân tỉnh"),
  PROVINCIAL_POLICE("Công an tỉnh"),
  DISTRICT("Cấp huyện");

  private final String vietnamese;

  IssuingLevel(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  public String vietnamese() {
    return vietnamese;
  }
}
