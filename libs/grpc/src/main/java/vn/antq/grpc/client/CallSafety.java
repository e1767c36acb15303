package vn.antq.grpc.client;

/** Whether a failed remote call may be sent again without risking a double effect. */
public enum CallSafety {
  /** Reads and other calls with no side effect. */
  IDEMPOTENT,
  /** Creates that carry a request_id: the callee returns the first result for a repeat. */
  CARRIES_REQUEST_ID,
  /** Anything else: sent once. */
  ONCE;

  boolean mayRetry() {
    return this != ONCE;
  }
}
