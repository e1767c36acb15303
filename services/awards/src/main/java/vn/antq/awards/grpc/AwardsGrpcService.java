package vn.antq.awards.grpc;

import io.grpc.stub.StreamObserver;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.antq.awards.domain.AwardWorkflow;
import vn.antq.awards.domain.DecisionDraft;
import vn.antq.awards.domain.IssuingLevel;
import vn.antq.awards.v1.AwardForm;
import vn.antq.awards.v1.AwardsGrpc;
import vn.antq.awards.v1.CreateDecisionRequest;
import vn.antq.awards.v1.CreateNominationRequest;
import vn.antq.awards.v1.Decision;
import vn.antq.awards.v1.GetDecisionRequest;
import vn.antq.awards.v1.GetNominationRequest;
import vn.antq.awards.v1.IssueNominationRequest;
import vn.antq.awards.v1.ListAwardFormsRequest;
import vn.antq.awards.v1.ListAwardFormsResponse;
import vn.antq.awards.v1.ListNominationEventsRequest;
import vn.antq.awards.v1.ListNominationEventsResponse;
import vn.antq.awards.v1.ListNominationsRequest;
import vn.antq.awards.v1.ListNominationsResponse;
import vn.antq.awards.v1.Nomination;
import vn.antq.awards.v1.RecipientType;
import vn.antq.awards.v1.ReviewNominationRequest;
import vn.antq.awards.v1.VerifyNominationRequest;
import vn.antq.core.Page;
import vn.antq.core.Tenant;
import vn.antq.grpc.contract.PageTokens;
import vn.antq.grpc.contract.ProtoValues;
import vn.antq.grpc.contract.RequestIds;
import vn.antq.grpc.contract.ResourceNames;

/** The awards workflow contract: request shape and mapping; rules and transactions live in the domain. */
@Service
public class AwardsGrpcService extends AwardsGrpc.AwardsImplBase {

  private static final String NOMINATIONS = "awardNominations";

  private final AwardWorkflow workflow;
  private final Reverification reverification;

  public AwardsGrpcService(AwardWorkflow workflow, Reverification reverification) {
    this.workflow = workflow;
    this.reverification = reverification;
  }

  @Override
  public void createNomination(CreateNominationRequest request, StreamObserver<Nomination> response) {
    ResourceNames.province("parent", request.getParent());
    var created = workflow.nominate(AwardsMapper.input(request.getNomination()), RequestIds.optional("request_id", request.getRequestId()));
    reverification.afterCall();
    Replies.send(response, toProto(created));
  }

  @Override
  public void getNomination(GetNominationRequest request, StreamObserver<Nomination> response) {
    var nomination = workflow.get(nominationId("name", request.getName()));
    reverification.afterCall();
    Replies.send(response, toProto(nomination));
  }

  @Override
  public void listNominations(ListNominationsRequest request, StreamObserver<ListNominationsResponse> response) {
    ResourceNames.province("parent", request.getParent());
    Page<vn.antq.awards.domain.Nomination> page = workflow.list(AwardsMapper.state(request.getState()),
        AwardsMapper.verification(request.getVerification()), request.getOverdueOnly(), request.getPageSize(),
        PageTokens.decodeUuid(request.getPageToken()));
    int limit = workflow.overdueAfterDays();
    reverification.afterCall();
    Replies.send(response, ListNominationsResponse.newBuilder()
        .addAllNominations(page.items().stream().map(n -> AwardsMapper.toProto(n, limit)).toList())
        .setNextPageToken(PageTokens.encode(page.nextCursor()))
        .setTotalSize(page.totalSize())
        .build());
  }

  @Override
  public void reviewNomination(ReviewNominationRequest request, StreamObserver<Nomination> response) {
    UUID id = nominationId("name", request.getName());
    Replies.send(response, toProto(workflow.review(id, request.getApprove(), request.getReason())));
  }

  @Override
  public void verifyNomination(VerifyNominationRequest request, StreamObserver<Nomination> response) {
    Replies.send(response, toProto(workflow.verify(nominationId("name", request.getName()))));
  }

  @Override
  public void createDecision(CreateDecisionRequest request, StreamObserver<Decision> response) {
    ResourceNames.province("parent", request.getParent());
    Decision decision = request.getDecision();
    DecisionDraft draft = new DecisionDraft(decision.getNumber(),
        ProtoValues.date("decision.decision_date", decision.hasDecisionDate(), decision.getDecisionDate()),
        decision.getSigner(),
        ProtoValues.domain(decision.getIssuingLevel(), IssuingLevel.class, "decision.issuing_level"),
        decision.getDocumentReference(), AwardsMapper.nominationIds(decision.getNominationsList()));
    Replies.send(response, AwardsMapper.toProto(workflow.decide(draft, RequestIds.optional("request_id", request.getRequestId()))));
  }

  @Override
  public void getDecision(GetDecisionRequest request, StreamObserver<Decision> response) {
    UUID id = ResourceNames.parse("name", request.getName(), "awardDecisions")[0];
    Replies.send(response, AwardsMapper.toProto(workflow.getDecision(id)));
  }

  @Override
  public void issueNomination(IssueNominationRequest request, StreamObserver<Nomination> response) {
    UUID id = nominationId("name", request.getName());
    Replies.send(response, toProto(workflow.issue(id,
        ProtoValues.date("issue_date", request.hasIssueDate(), request.getIssueDate()))));
  }

  @Override
  public void listNominationEvents(ListNominationEventsRequest request,
                                   StreamObserver<ListNominationEventsResponse> response) {
    UUID id = nominationId("parent", request.getParent());
    String province = Tenant.province();
    Replies.send(response, ListNominationEventsResponse.newBuilder()
        .addAllEvents(workflow.events(id).stream().map(e -> AwardsMapper.toProto(province, e)).toList())
        .build());
  }

  @Override
  public void listAwardForms(ListAwardFormsRequest request, StreamObserver<ListAwardFormsResponse> response) {
    ResourceNames.province("parent", request.getParent());
    Replies.send(response, ListAwardFormsResponse.newBuilder()
        .addAllAwardForms(workflow.forms().stream().map(form -> AwardForm.newBuilder()
            .setCode(form.code()).setDisplayName(form.displayName())
            .addAllRecipientTypes(form.recipientTypes().stream().sorted()
                .map(type -> RecipientType.valueOf(type.name())).toList())
            .build()).toList())
        .setOverdueAfterDays(workflow.overdueAfterDays())
        .build());
  }

  private Nomination toProto(vn.antq.awards.domain.Nomination nomination) {
    return AwardsMapper.toProto(nomination, workflow.overdueAfterDays());
  }

  private static UUID nominationId(String field, String name) {
    return ResourceNames.parse(field, name, NOMINATIONS)[0];
  }
}
