package vn.antq.welfare.domain;

import java.time.LocalDate;

/** A beneficiary as a caller describes it; null stands for "not given". */
public record BeneficiaryDraft(BeneficiaryType type, String fullName, String nationalId, String phone, String address,
                               String commune, String district, LocalDate birthDate, String school,
                               String circumstances) {}
