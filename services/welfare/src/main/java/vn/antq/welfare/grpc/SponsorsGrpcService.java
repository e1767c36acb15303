package vn.antq.welfare.grpc;

import io.grpc.stub.StreamObserver;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.antq.core.Page;
import vn.antq.grpc.contract.PageTokens;
import vn.antq.grpc.contract.RequestIds;
import vn.antq.grpc.contract.ResourceNames;
import vn.antq.welfare.domain.SponsorBook;
import vn.antq.welfare.v1.Contribution;
import vn.antq.welfare.v1.CreateContributionRequest;
import vn.antq.welfare.v1.CreateSponsorRequest;
import vn.antq.welfare.v1.GetContributionRequest;
import vn.antq.welfare.v1.GetSponsorRequest;
import vn.antq.welfare.v1.ListContributionsRequest;
import vn.antq.welfare.v1.ListContributionsResponse;
import vn.antq.welfare.v1.ListSponsorsRequest;
import vn.antq.welfare.v1.ListSponsorsResponse;
import vn.antq.welfare.v1.Sponsor;
import vn.antq.welfare.v1.SponsorsGrpc;

/** The sponsors contract: request shape and mapping. */
@Service
public class SponsorsGrpcService extends SponsorsGrpc.SponsorsImplBase {

  private static final String SPONSORS = "sponsors";
  private static final String CONTRIBUTIONS = "contributions";

  private final SponsorBook sponsors;

  public SponsorsGrpcService(SponsorBook sponsors) {
    this.sponsors = sponsors;
  }

  @Override
  public void createSponsor(CreateSponsorRequest request, StreamObserver<Sponsor> response) {
    ResourceNames.province("parent", request.getParent());
    Replies.send(response, SponsorMapper.toProto(
        sponsors.create(SponsorMapper.draft(request.getSponsor()), RequestIds.optional("request_id", request.getRequestId()))));
  }

  @Override
  public void getSponsor(GetSponsorRequest request, StreamObserver<Sponsor> response) {
    UUID id = ResourceNames.parse("name", request.getName(), SPONSORS)[0];
    Replies.send(response, SponsorMapper.toProto(sponsors.get(id)));
  }

  @Override
  public void listSponsors(ListSponsorsRequest request, StreamObserver<ListSponsorsResponse> response) {
    ResourceNames.province("parent", request.getParent());
    Page<vn.antq.welfare.domain.Sponsor> page =
        sponsors.list(request.getPageSize(), PageTokens.decodeUuid(request.getPageToken()));
    Replies.send(response, ListSponsorsResponse.newBuilder()
        .addAllSponsors(page.items().stream().map(SponsorMapper::toProto).toList())
        .setNextPageToken(PageTokens.encode(page.nextCursor()))
        .setTotalSize(page.totalSize())
        .build());
  }

  @Override
  public void createContribution(CreateContributionRequest request, StreamObserver<Contribution> response) {
    UUID sponsor = ResourceNames.parse("parent", request.getParent(), SPONSORS)[0];
    Replies.send(response, SponsorMapper.toProto(sponsors.contribute(sponsor,
        SponsorMapper.draft(request.getContribution()), RequestIds.optional("request_id", request.getRequestId()))));
  }

  @Override
  public void getContribution(GetContributionRequest request, StreamObserver<Contribution> response) {
    UUID[] ids = ResourceNames.parse("name", request.getName(), SPONSORS, CONTRIBUTIONS);
    Replies.send(response, SponsorMapper.toProto(sponsors.getContribution(ids[0], ids[1])));
  }

  @Override
  public void listContributions(ListContributionsRequest request, StreamObserver<ListContributionsResponse> response) {
    UUID sponsor = ResourceNames.parse("parent", request.getParent(), SPONSORS)[0];
    Page<vn.antq.welfare.domain.Contribution> page =
        sponsors.listContributions(sponsor, request.getPageSize(), PageTokens.decodeUuid(request.getPageToken()));
    Replies.send(response, ListContributionsResponse.newBuilder()
        .addAllContributions(page.items().stream().map(SponsorMapper::toProto).toList())
        .setNextPageToken(PageTokens.encode(page.nextCursor()))
        .setTotalSize(page.totalSize())
        .build());
  }
}
