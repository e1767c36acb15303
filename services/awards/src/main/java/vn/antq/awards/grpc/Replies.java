package vn.antq.awards.grpc;

import io.grpc.stub.StreamObserver;

/** The one answer of a unary call. */
final class Replies {

  private Replies() {}

  static <T> void send(StreamObserver<T> response, T message) {
    response.onNext(message);
    response.onCompleted();
  }
}
