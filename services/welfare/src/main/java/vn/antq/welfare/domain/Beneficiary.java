package vn.antq.welfare.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A beneficiary as answered: {@code masked} records are what {@link Masking} leaves of the personal
 * fields (then {@code birthDate} is null and only {@code birthYear} remains).
 */
public record Beneficiary(UUID id, String province, BeneficiaryType type, String fullName, String nationalId,
                          String phone, String address, String commune, String district, LocalDate birthDate,
                          Integer birthYear, String school, String circumstances, boolean masked, Instant createTime) {}
