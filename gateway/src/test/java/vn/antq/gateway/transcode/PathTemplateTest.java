package vn.antq.gateway.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

  @Test
  void literalTemplateMatchesOnlyItself() {
    PathTemplate template = PathTemplate.parse("/api/v1/national/counts");

    assertThat(template.match("/api/v1/national/counts")).contains(Map.of());
    assertThat(template.match("/api/v1/national")).isEmpty();
    assertThat(template.match("/api/v1/national/counts/extra")).isEmpty();
    assertThat(template.match("/api/v1/national/totals")).isEmpty();
    assertThat(template.fieldPaths()).isEmpty();
  }

  @Test
  void variableBindsTheSubPathItCovers() {
    PathTemplate template = PathTemplate.parse("/api/v1/{parent=provinces/*}/models");

    assertThat(template.match("/api/v1/provinces/bac-lieu/models")).contains(Map.of("parent", "provinces/bac-lieu"));
    assertThat(template.match("/api/v1/regions/bac-lieu/models")).isEmpty();
    assertThat(template.match("/api/v1/provinces/bac-lieu/points")).isEmpty();
  }

  @Test
  void variableWithoutPatternIsOneSegment() {
    PathTemplate template = PathTemplate.parse("/v1/shelves/{shelf}/books/{book}");

    assertThat(template.match("/v1/shelves/s1/books/b2")).contains(Map.of("shelf", "s1", "book", "b2"));
    assertThat(template.fieldPaths()).containsExactly("shelf", "book");
  }

  @Test
  void nestedFieldPath() {
    PathTemplate template = PathTemplate.parse("/api/v1/{model.name=provinces/*/models/*}");

    assertThat(template.match("/api/v1/provinces/ca-mau/models/m-1"))
        .contains(Map.of("model.name", "provinces/ca-mau/models/m-1"));
    assertThat(template.fieldPaths()).containsExactly("model.name");
  }

  @Test
  void doubleWildcardTakesAnyNumberOfSegments() {
    PathTemplate template = PathTemplate.parse("/v1/archive/{name=**}");

    assertThat(template.match("/v1/archive/shelves/1/books/2")).contains(Map.of("name", "shelves/1/books/2"));
    assertThat(template.match("/v1/archive/x")).contains(Map.of("name", "x"));
    assertThat(template.match("/v1/archive")).contains(Map.of("name", ""));
    assertThat(template.match("/v1/other/x")).isEmpty();
  }

  @Test
  void plainWildcardsBindNothing() {
    PathTemplate template = PathTemplate.parse("/v1/*/items/**");

    assertThat(template.match("/v1/a/items/b/c")).contains(Map.of());
    assertThat(template.match("/v1/a/b/items")).isEmpty();
  }

  @Test
  void customVerbIsPartOfTheMatch() {
    PathTemplate template = PathTemplate.parse("/v1/{name=shelves/*/books/*}:publish");

    assertThat(template.match("/v1/shelves/1/books/2:publish")).contains(Map.of("name", "shelves/1/books/2"));
    assertThat(template.match("/v1/shelves/1/books/2")).isEmpty();
    assertThat(template.match("/v1/shelves/1/books/2:archive")).isEmpty();
  }

  @Test
  void segmentsArePercentDecoded() {
    PathTemplate template = PathTemplate.parse("/api/v1/{name=provinces/*/models/*}");

    assertThat(template.match("/api/v1/provinces/bac-lieu/models/t%E1%BB%95%20ng%C6%B0"))
        .contains(Map.of("name", "provinces/bac-lieu/models/tổ ngư"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/v1/provinces/bac-lieu%2F..%2Fca-mau/models",
      "/api/v1/provinces/../models",
      "/api/v1/provinces/./models",
      "/api/v1/provinces//models",
      "/api/v1/provinces/%zz/models",
      "api/v1/provinces/bac-lieu/models"})
  void wildcardsRejectSegmentsThatCouldEscapeTheirPlace(String path) {
    assertThat(PathTemplate.parse("/api/v1/{parent=provinces/*}/models").match(path)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/v1", "/v1/{name", "/v1/**/x", "/v1/{a}/{a}", "/v1/{1bad}", "/v1//x", "/v1/x:", "/v1/{a={b}}"})
  void rejectsMalformedTemplates(String template) {
    assertThatIllegalArgumentException().isThrownBy(() -> PathTemplate.parse(template));
  }
}
