package vn.antq.gateway.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldPathsTest {

  @ParameterizedTest
  @CsvSource({
      "model.display_name, model.displayName",
      "models[0].established_date.year, models[0].establishedDate.year",
      "page_size, pageSize",
      "parent, parent",
      "update_mask.paths, updateMask.paths"})
  void protoPathsBecomeJsonPaths(String proto, String json) {
    assertThat(FieldPaths.toJsonPath(proto)).isEqualTo(json);
  }
}
