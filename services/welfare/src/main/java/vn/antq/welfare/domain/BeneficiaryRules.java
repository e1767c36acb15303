package vn.antq.welfare.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.antq.core.Dates;
import vn.antq.core.VietnameseText;
import vn.antq.core.Violations;

/** What a valid beneficiary is. */
public final class BeneficiaryRules {

  public static final String PREFIX = "beneficiary.";
  private static final int MAX_NAME = 200;
  private static final int MAX_ADDRESS = 300;
  private static final int MAX_CIRCUMSTANCES = 2000;
  /** CCCD (12 digits) or the older CMND (9). */
  private static final Pattern NATIONAL_ID = Pattern.compile("\\d{12}|\\d{9}");
  /** Mobile (10 digits) or landline (11), national or +84 form. */
  private static final Pattern PHONE = Pattern.compile("(0|\\+84)\\d{9,10}");
  private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()-]");
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private BeneficiaryRules() {}

  /** NFC text; identity numbers without spaces or separators; "" for absent optional text. */
  public static BeneficiaryDraft clean(BeneficiaryDraft draft) {
    String nationalId = draft.nationalId() == null ? null : draft.nationalId().replaceAll("\\s", "");
    String phone = draft.phone() == null ? "" : PHONE_SEPARATORS.matcher(draft.phone()).replaceAll("");
    return new BeneficiaryDraft(draft.type(), VietnameseText.clean(draft.fullName()),
        nationalId == null || nationalId.isEmpty() ? null : nationalId, phone, orEmpty(draft.address()),
        VietnameseText.clean(draft.commune()), VietnameseText.clean(draft.district()), draft.birthDate(),
        orEmpty(draft.school()), orEmpty(draft.circumstances()));
  }

  public static void validate(BeneficiaryDraft beneficiary) {
    LocalDate birth = beneficiary.birthDate();
    new Violations()
        .check(beneficiary.type() != null, PREFIX + "type", "is required (HOUSEHOLD or STUDENT)")
        .requireText(beneficiary.fullName(), PREFIX + "full_name", MAX_NAME)
        .check(beneficiary.nationalId() == null || NATIONAL_ID.matcher(beneficiary.nationalId()).matches(),
            PREFIX + "national_id", "must be 12 digits (CCCD) or 9 digits (CMND)")
        .check(beneficiary.phone().isEmpty() || PHONE.matcher(beneficiary.phone()).matches(),
            PREFIX + "phone", "must be a Vietnamese phone number, e.g. 0912345678")
        .optionalText(beneficiary.address(), PREFIX + "address", MAX_ADDRESS)
        .requireText(beneficiary.commune(), PREFIX + "commune", MAX_NAME)
        .requireText(beneficiary.district(), PREFIX + "district", MAX_NAME)
        .check(birth == null || (!birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(Dates.today())),
            PREFIX + "birth_date", "must be between 1900-01-01 and today")
        .optionalText(beneficiary.school(), PREFIX + "school", MAX_NAME)
        .check(beneficiary.school().isEmpty() || beneficiary.type() != BeneficiaryType.HOUSEHOLD,
            PREFIX + "school", "applies to students only")
        .optionalText(beneficiary.circumstances(), PREFIX + "circumstances", MAX_CIRCUMSTANCES)
        .throwIfAny();
  }

  private static String orEmpty(String text) {
    String clean = VietnameseText.clean(text);
    return clean == null ? "" : clean;
  }
}
