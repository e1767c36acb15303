package vn.antq.welfare.domain;

/** The model registry, as far as welfare needs it: does a model exist for the caller? */
public interface ModelDirectory {

  /**
   * @param modelName {@code provinces/{province}/models/{model}} of the caller's province
   * @throws vn.antq.core.DomainException.Unavailable when the registry cannot answer in time
   */
  boolean exists(String modelName);
}
