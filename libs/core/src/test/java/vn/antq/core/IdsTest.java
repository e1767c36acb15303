package vn.antq.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void idsAreVersion7AndSortByTimeAsPostgresComparesThem() {
    UUID earlier = Ids.at(1_700_000_000_000L);
    UUID later = Ids.at(1_700_000_000_001L);
    assertThat(earlier.version()).isEqualTo(7);
    assertThat(earlier.variant()).isEqualTo(2);
    // PostgreSQL compares uuids byte by byte, i.e. as unsigned numbers.
    assertThat(Long.compareUnsigned(earlier.getMostSignificantBits(), later.getMostSignificantBits())).isNegative();
    assertThat(Ids.next()).isNotEqualTo(Ids.next());
  }
}
