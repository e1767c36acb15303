package vn.antq.gateway.transcode;

/** A request that cannot become the gRPC request message; {@code field} is its JSON path, when known. */
public class BindingException extends RuntimeException {

  private final String field;

  public BindingException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** JSON path of the offending field or query parameter, or null. */
  public String field() {
    return field;
  }
}
