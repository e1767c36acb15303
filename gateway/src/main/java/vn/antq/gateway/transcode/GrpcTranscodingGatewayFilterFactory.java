package vn.antq.gateway.transcode;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;

/**
 * The {@code GrpcTranscoding} route filter: answers the request itself through the transcoder and
 * never passes it down the chain, so the route's URI is never contacted.
 */
public class GrpcTranscodingGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

  private final GrpcTranscoder transcoder;

  public GrpcTranscodingGatewayFilterFactory(GrpcTranscoder transcoder) {
    super(Object.class);
    this.transcoder = transcoder;
  }

  @Override
  public GatewayFilter apply(Object config) {
    return (exchange, chain) -> transcoder.handle(exchange);
  }
}
