package vn.antq.members.grpc;

import io.grpc.stub.StreamObserver;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.antq.core.Tenant;
import vn.antq.grpc.contract.PageTokens;
import vn.antq.grpc.contract.RequestIds;
import vn.antq.grpc.contract.ResourceNames;
import vn.antq.members.roster.ImportService;
import vn.antq.members.v1.CreateImportRequest;
import vn.antq.members.v1.GetImportRequest;
import vn.antq.members.v1.ListImportErrorsRequest;
import vn.antq.members.v1.ListImportErrorsResponse;
import vn.antq.members.v1.MemberImport;
import vn.antq.members.v1.MemberImportsGrpc;

/** The import contract: request shape and mapping only. */
@Service
public class MemberImportsGrpcService extends MemberImportsGrpc.MemberImportsImplBase {

  private final ImportService imports;

  public MemberImportsGrpcService(ImportService imports) {
    this.imports = imports;
  }

  @Override
  public void createImport(CreateImportRequest request, StreamObserver<MemberImport> response) {
    ResourceNames.parse("parent", request.getParent());
    response.onNext(MembersMapper.toProto(Tenant.province(), imports.start(request.getFileName(),
        request.getContent().toByteArray(), request.getDryRun(), RequestIds.optional("request_id", request.getRequestId()))));
    response.onCompleted();
  }

  @Override
  public void getImport(GetImportRequest request, StreamObserver<MemberImport> response) {
    UUID id = ResourceNames.parse("name", request.getName(), "imports")[0];
    response.onNext(MembersMapper.toProto(Tenant.province(), imports.get(id)));
    response.onCompleted();
  }

  @Override
  public void listImportErrors(ListImportErrorsRequest request, StreamObserver<ListImportErrorsResponse> response) {
    UUID id = ResourceNames.parse("parent", request.getParent(), "imports")[0];
    var page = imports.errors(id, request.getPageSize(), PageTokens.decode(request.getPageToken()));
    response.onNext(ListImportErrorsResponse.newBuilder()
        .addAllErrors(page.items().stream().map(MembersMapper::toProto).toList())
        .setNextPageToken(PageTokens.encode(page.nextCursor()))
        .build());
    response.onCompleted();
  }
}
