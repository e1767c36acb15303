package vn.antq.welfare.grpc;

import io.grpc.stub.StreamObserver;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.antq.core.Page;
import vn.antq.grpc.contract.PageTokens;
import vn.antq.grpc.contract.ProtoValues;
import vn.antq.grpc.contract.RequestIds;
import vn.antq.grpc.contract.ResourceNames;
import vn.antq.welfare.domain.BeneficiaryBook;
import vn.antq.welfare.domain.BeneficiaryType;
import vn.antq.welfare.domain.Disclosure;
import vn.antq.welfare.v1.BeneficiariesGrpc;
import vn.antq.welfare.v1.Beneficiary;
import vn.antq.welfare.v1.CreateBeneficiaryRequest;
import vn.antq.welfare.v1.GetBeneficiaryRequest;
import vn.antq.welfare.v1.ListBeneficiariesRequest;
import vn.antq.welfare.v1.ListBeneficiariesResponse;
import vn.antq.welfare.v1.ListDisclosuresRequest;
import vn.antq.welfare.v1.ListDisclosuresResponse;
import vn.antq.welfare.v1.RevealBeneficiaryRequest;

/** The beneficiaries contract: request shape and mapping; masking and the disclosure record are the domain's. */
@Service
public class BeneficiariesGrpcService extends BeneficiariesGrpc.BeneficiariesImplBase {

  private static final String BENEFICIARIES = "beneficiaries";

  private final BeneficiaryBook beneficiaries;

  public BeneficiariesGrpcService(BeneficiaryBook beneficiaries) {
    this.beneficiaries = beneficiaries;
  }

  @Override
  public void createBeneficiary(CreateBeneficiaryRequest request, StreamObserver<Beneficiary> response) {
    ResourceNames.province("parent", request.getParent());
    Replies.send(response, BeneficiaryMapper.toProto(beneficiaries.create(
        BeneficiaryMapper.draft(request.getBeneficiary()), RequestIds.optional("request_id", request.getRequestId()))));
  }

  @Override
  public void getBeneficiary(GetBeneficiaryRequest request, StreamObserver<Beneficiary> response) {
    UUID id = ResourceNames.parse("name", request.getName(), BENEFICIARIES)[0];
    Replies.send(response, BeneficiaryMapper.toProto(beneficiaries.get(id)));
  }

  @Override
  public void listBeneficiaries(ListBeneficiariesRequest request, StreamObserver<ListBeneficiariesResponse> response) {
    ResourceNames.province("parent", request.getParent());
    BeneficiaryType type = ProtoValues.domain(request.getType(), BeneficiaryType.class, "type");
    Page<vn.antq.welfare.domain.Beneficiary> page =
        beneficiaries.list(type, request.getPageSize(), PageTokens.decodeUuid(request.getPageToken()));
    Replies.send(response, ListBeneficiariesResponse.newBuilder()
        .addAllBeneficiaries(page.items().stream().map(BeneficiaryMapper::toProto).toList())
        .setNextPageToken(PageTokens.encode(page.nextCursor()))
        .setTotalSize(page.totalSize())
        .build());
  }

  @Override
  public void revealBeneficiary(RevealBeneficiaryRequest request, StreamObserver<Beneficiary> response) {
    UUID id = ResourceNames.parse("name", request.getName(), BENEFICIARIES)[0];
    Replies.send(response, BeneficiaryMapper.toProto(beneficiaries.reveal(id, request.getPurpose())));
  }

  @Override
  public void listDisclosures(ListDisclosuresRequest request, StreamObserver<ListDisclosuresResponse> response) {
    UUID beneficiary = ResourceNames.parseOrAny("parent", request.getParent(), BENEFICIARIES);
    Page<Disclosure> page =
        beneficiaries.disclosures(beneficiary, request.getPageSize(), PageTokens.decodeUuid(request.getPageToken()));
    Replies.send(response, ListDisclosuresResponse.newBuilder()
        .addAllDisclosures(page.items().stream().map(BeneficiaryMapper::toProto).toList())
        .setNextPageToken(PageTokens.encode(page.nextCursor()))
        .setTotalSize(page.totalSize())
        .build());
  }
}
