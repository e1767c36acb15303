package vn.antq.gateway.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class BreakerConfigurationTest {

  @Test
  void onlyBackendTroubleCountsAgainstTheBreaker() {
    assertThat(BreakerConfiguration.isBackendFault(Status.UNAVAILABLE.asRuntimeException())).isTrue();
    assertThat(BreakerConfiguration.isBackendFault(Status.DEADLINE_EXCEEDED.asException())).isTrue();
    assertThat(BreakerConfiguration.isBackendFault(Status.INTERNAL.asRuntimeException())).isTrue();
    assertThat(BreakerConfiguration.isBackendFault(new TimeoutException())).isTrue();

    assertThat(BreakerConfiguration.isBackendFault(Status.NOT_FOUND.asRuntimeException())).isFalse();
    assertThat(BreakerConfiguration.isBackendFault(Status.INVALID_ARGUMENT.asRuntimeException())).isFalse();
    assertThat(BreakerConfiguration.isBackendFault(Status.PERMISSION_DENIED.asRuntimeException())).isFalse();
    assertThat(BreakerConfiguration.isBackendFault(new IllegalStateException())).isFalse();
  }
}
