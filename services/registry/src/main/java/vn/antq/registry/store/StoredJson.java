package vn.antq.registry.store;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of snapshots kept in jsonb columns (evidence, review flags and gaps): the domain
 * records as they are, with a mapper of its own so that web settings never change stored data.
 */
final class StoredJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private StoredJson() {}

  static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  static <T> T read(String json, Class<T> type) {
    return MAPPER.readValue(json, type);
  }

  static <T> T read(String json, TypeReference<T> type) {
    return MAPPER.readValue(json, type);
  }
}
