package vn.antq.grpc.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.type.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.antq.core.DomainException;

class ContractValuesTest {

  private static final UUID MODEL = UUID.fromString("5b0c3f52-7e53-4a43-9d0e-3c1d8e1f2a10");
  private static final UUID POINT = UUID.fromString("0e3c7f11-2a4b-4c5d-8e9f-a0b1c2d3e4f5");

  @Test
  void parsesTheIdsOfANestedName() {
    UUID[] ids = ResourceNames.parse("name", "provinces/bac-lieu/models/" + MODEL + "/points/" + POINT,
        "models", "points");

    assertThat(ids).containsExactly(MODEL, POINT);
  }

  @Test
  void aMalformedNameNamesTheFieldAndTheExpectedShape() {
    assertThatThrownBy(() -> ResourceNames.parse("parent", "provinces/bac-lieu/groups/" + MODEL, "models"))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> {
              assertThat(v.field()).isEqualTo("parent");
              assertThat(v.description()).isEqualTo("must look like provinces/{province}/models/{id}");
            }));
    assertThatThrownBy(() -> ResourceNames.parse("name", "provinces//models/" + MODEL, "models"))
        .isInstanceOf(DomainException.InvalidInput.class);
  }

  @Test
  void aBadIdInABatchIsNamedByItsIndex() {
    assertThatThrownBy(() -> ResourceNames.ids("group_ids", List.of(MODEL.toString(), "nhóm-1")))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("group_ids[1]")));
  }

  @Test
  void provinceIsReadFromTheNameAndChecked() {
    assertThat(ResourceNames.province("name", "provinces/ca-mau/nominations/" + MODEL, "nominations"))
        .isEqualTo("ca-mau");
    assertThatThrownBy(() -> ResourceNames.province("name", "provinces/Cà Mau/nominations/" + MODEL, "nominations"))
        .isInstanceOf(DomainException.InvalidInput.class);
  }

  @Test
  void theWildcardMeansEveryParent() {
    assertThat(ResourceNames.parseOrAny("parent", "provinces/bac-lieu/sponsors/-", "sponsors")).isNull();
    assertThat(ResourceNames.parseOrAny("parent", "provinces/bac-lieu/sponsors/" + MODEL, "sponsors"))
        .isEqualTo(MODEL);
  }

  @Test
  void pageTokensRoundTripVietnameseCursorsAndRejectForeignOnes() {
    String cursor = "Tổ ngư dân tự quản|" + MODEL;

    assertThat(PageTokens.decode(PageTokens.encode(cursor))).isEqualTo(cursor);
    assertThat(PageTokens.encode(null)).isEmpty();
    assertThat(PageTokens.decode("")).isNull();
    assertThatThrownBy(() -> PageTokens.decode("not base64!"))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("page_token")));
  }

  @Test
  void idCursorsRoundTripAndATokenOfAnotherCursorIsRefused() {
    assertThat(PageTokens.decodeUuid(PageTokens.encode(MODEL.toString()))).isEqualTo(MODEL);
    assertThat(PageTokens.decodeUuid("")).isNull();
    assertThatThrownBy(() -> PageTokens.decodeUuid(PageTokens.encode("Tổ 3")))
        .isInstanceOf(DomainException.InvalidInput.class);
  }

  @Test
  void requestIdsAreOptionalAndBounded() {
    assertThat(RequestIds.optional("request_id", "")).isNull();
    assertThat(RequestIds.optional("request_id", "seed-1")).isEqualTo("seed-1");
    assertThatThrownBy(() -> RequestIds.optional("request_id", "x".repeat(RequestIds.MAX_LENGTH + 1)))
        .isInstanceOf(DomainException.InvalidInput.class);
  }

  @Test
  void datesAndTimestampsConvertBothWays() {
    LocalDate day = LocalDate.of(2023, 11, 29);
    Instant instant = Instant.parse("2023-11-29T08:15:30.123456789Z");

    assertThat(ProtoTime.date("date", ProtoTime.date(day))).isEqualTo(day);
    assertThat(ProtoTime.date("date", null)).isNull();
    assertThat(ProtoTime.timestamp(instant).getSeconds()).isEqualTo(instant.getEpochSecond());
    assertThat(ProtoTime.timestamp(instant).getNanos()).isEqualTo(123456789);
    assertThatThrownBy(() -> ProtoTime.date("end_date", Date.newBuilder().setYear(2023).setMonth(2).setDay(30).build()))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("end_date")));
  }
}
