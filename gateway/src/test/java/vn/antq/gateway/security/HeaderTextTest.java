package vn.antq.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The gateway's header checks allow exactly what Spring Security's strict firewall allows. */
class HeaderTextTest {

  @Test
  void everyCodePointIsDecidedAsTheFirewallDecidesIt() {
    List<Integer> differences = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String text = "a" + Character.toString(c) + "b";
      if (HeaderText.isAllowedName(text) != StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(text)
          || HeaderText.isAllowedValue(text) != StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(text)) {
        differences.add(c);
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void realHeadersLoneSurrogatesAndMissingValuesAsWell() {
    assertThat(HeaderText.isAllowedName(null)).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(null));
    assertThat(HeaderText.isAllowedValue(null)).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(null));
    for (String text : List.of("", "Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "Tổ ngư dân tự quản",
        "a\tb", "a\nb", "a\u0000b", "\ud800", "x\udc00y", "\ud83d\ude00")) {
      assertThat(HeaderText.isAllowedName(text)).as(text).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(text));
      assertThat(HeaderText.isAllowedValue(text)).as(text).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(text));
    }
  }
}
