package vn.antq.campaigns.grpc;

import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Answers a unary call with work done in one transaction, which libs/persistence binds to the caller's province. */
@Component
class Replies {

  private final TransactionTemplate transactions;

  Replies(TransactionTemplate transactions) {
    this.transactions = transactions;
  }

  <T> void reply(StreamObserver<T> response, Supplier<T> work) {
    response.onNext(transactions.execute(status -> work.get()));
    response.onCompleted();
  }
}
