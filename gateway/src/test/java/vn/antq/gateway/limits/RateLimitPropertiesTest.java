package vn.antq.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitPropertiesTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final RateLimitProperties.Tier TIER = new RateLimitProperties.Tier(10, 20, 0);

  @Test
  void tiersMustIncludeTheDefaultAndTheMinistry() {
    assertThatThrownBy(() -> new RateLimitProperties(Map.of("standard", TIER), "standard", VIETNAM, Duration.ofMillis(250)))
        .hasMessageContaining("'ministry'");
    assertThatThrownBy(() -> new RateLimitProperties(Map.of("ministry", TIER), "standard", VIETNAM, Duration.ofMillis(250)))
        .hasMessageContaining("'standard'");
    assertThat(new RateLimitProperties(Map.of("standard", TIER, "ministry", TIER), "standard", VIETNAM,
        Duration.ofMillis(250)).tiers()).hasSize(2);
  }

  @Test
  void noTiersMeansNoLimits() {
    assertThat(new RateLimitProperties(null, "standard", VIETNAM, Duration.ofMillis(250)).tiers()).isEmpty();
  }

  @Test
  void aTierNeedsPositiveRateAndBurst() {
    assertThatThrownBy(() -> new RateLimitProperties.Tier(0, 10, 0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new RateLimitProperties.Tier(10, 0, 0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new RateLimitProperties.Tier(10, 10, -1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void retryAfterIsWholeSecondsRoundedUp() {
    assertThat(new LimitDecision.Limited(LimitDecision.Reason.QUOTA, Duration.ofMillis(3_200)).retryAfterSeconds()).isEqualTo(4);
    assertThat(new LimitDecision.Limited(LimitDecision.Reason.RATE, Duration.ofSeconds(1)).retryAfterSeconds()).isEqualTo(1);
    assertThat(new LimitDecision.Limited(LimitDecision.Reason.RATE, Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
  }
}
