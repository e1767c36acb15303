package vn.antq.registry.grpc;

import io.grpc.stub.StreamObserver;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.registry.domain.ProvinceCounts;
import vn.antq.registry.domain.RegistryService;
import vn.antq.registry.v1.ListProvinceCountsRequest;
import vn.antq.registry.v1.ListProvinceCountsResponse;
import vn.antq.registry.v1.NationalRegistryGrpc;

/**
 * The Ministry's national view. Runs in a national-scope transaction (read-only, set up by the
 * libraries for NATIONAL_READ methods), the only way a query sees more than one province.
 */
@Service
public class NationalRegistryGrpcService extends NationalRegistryGrpc.NationalRegistryImplBase {

  private final RegistryService registry;
  private final TransactionTemplate transactions;

  public NationalRegistryGrpcService(RegistryService registry, TransactionTemplate transactions) {
    this.registry = registry;
    this.transactions = transactions;
  }

  @Override
  public void listProvinceCounts(ListProvinceCountsRequest request, StreamObserver<ListProvinceCountsResponse> response) {
    List<ProvinceCounts> provinces = transactions.execute(status -> registry.countsPerProvince());
    ProvinceCounts nation = provinces.stream().reduce(new ProvinceCounts(null, 0, 0, 0, 0, 0), (a, b) ->
        new ProvinceCounts(null, a.models() + b.models(), a.activeModels() + b.activeModels(),
            a.replicationPoints() + b.replicationPoints(), a.groups() + b.groups(), a.members() + b.members()));
    response.onNext(ListProvinceCountsResponse.newBuilder()
        .addAllProvinces(provinces.stream().map(RegistryMapper::toProto).toList())
        .setNation(RegistryMapper.toProto(nation))
        .build());
    response.onCompleted();
  }
}
