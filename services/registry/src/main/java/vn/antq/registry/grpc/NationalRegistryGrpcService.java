package vn.antq.registry.grpc;

import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antq.core.DomainException;
import vn.antq.grpc.contract.PageTokens;
import vn.antq.grpc.contract.ProtoTime;
import vn.antq.grpc.contract.ResourceNames;
import vn.antq.registry.domain.Period;
import vn.antq.registry.domain.ProvinceCounts;
import vn.antq.registry.domain.RegistryService;
import vn.antq.registry.domain.audit.AuditFilter;
import vn.antq.registry.domain.audit.NationalAuditLog;
import vn.antq.registry.domain.dashboard.NationalDashboardService;
import vn.antq.registry.domain.national.NationalReplication;
import vn.antq.registry.domain.national.Nomination;
import vn.antq.registry.domain.national.TemplateText;
import vn.antq.registry.domain.review.ReviewService;
import vn.antq.registry.v1.GetNationalDashboardRequest;
import vn.antq.registry.v1.GetTemplateRequest;
import vn.antq.registry.v1.ListNationalAuditRequest;
import vn.antq.registry.v1.ListNationalAuditResponse;
import vn.antq.registry.v1.ListNationalCatalogueRequest;
import vn.antq.registry.v1.ListNationalCatalogueResponse;
import vn.antq.registry.v1.ListNationalNominationsRequest;
import vn.antq.registry.v1.ListNationalReviewsRequest;
import vn.antq.registry.v1.ListNationalReviewsResponse;
import vn.antq.registry.v1.ListNominationsResponse;
import vn.antq.registry.v1.ListProvinceCountsRequest;
import vn.antq.registry.v1.ListProvinceCountsResponse;
import vn.antq.registry.v1.NationalDashboard;
import vn.antq.registry.v1.NationalRegistryGrpc;
import vn.antq.registry.v1.RecogniseModelRequest;
import vn.antq.registry.v1.RejectNominationRequest;
import vn.antq.registry.v1.RetireTemplateRequest;
import vn.antq.registry.v1.Template;
import vn.antq.registry.v1.UpdateTemplateRequest;

/**
 * The Ministry's national operations. Reads (NATIONAL_READ) run in a national-scope transaction —
 * read-only, as the national role — the only way a query sees more than one province. Decisions
 * (NATIONAL_ADMIN) run as the application role bound to no province, binding explicitly the one
 * province they concern. The libraries audit every call before it gets here.
 */
@Service
public class NationalRegistryGrpcService extends NationalRegistryGrpc.NationalRegistryImplBase {

  private static final Pattern REPORT_PERIOD = Pattern.compile("\\d{4}(-q[1-4]|-(0[1-9]|1[0-2]))?");
  private static final List<String> TEMPLATE_FIELDS = List.of("display_name", "sector", "description");

  private final RegistryService registry;
  private final NationalReplication replication;
  private final ReviewService reviews;
  private final NationalDashboardService dashboard;
  private final NationalAuditLog audit;
  private final TransactionTemplate transactions;

  public NationalRegistryGrpcService(RegistryService registry, NationalReplication replication, ReviewService reviews,
                                     NationalDashboardService dashboard, NationalAuditLog audit,
                                     TransactionTemplate transactions) {
    this.audit = audit;
    this.registry = registry;
    this.replication = replication;
    this.reviews = reviews;
    this.dashboard = dashboard;
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

  @Override
  public void listNationalNominations(ListNationalNominationsRequest request,
                                      StreamObserver<ListNominationsResponse> response) {
    Nomination.State state = switch (request.getState()) {
      case STATE_UNSPECIFIED -> null;
      case UNRECOGNIZED -> throw new DomainException.InvalidInput("state", "unknown state");
      default -> Nomination.State.valueOf(request.getState().name());
    };
    String cursor = PageTokens.decode(request.getPageToken());
    reply(response, () -> {
      var page = replication.nominations(state, request.getPageSize(), cursor);
      return ListNominationsResponse.newBuilder()
          .addAllNominations(page.items().stream().map(NationalMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .build();
    });
  }

  @Override
  public void recogniseModel(RecogniseModelRequest request, StreamObserver<Template> response) {
    String province = ResourceNames.province("nomination", request.getNomination(), "nominations");
    UUID nomination = ResourceNames.parse("nomination", request.getNomination(), "nominations")[0];
    var decision = RegistryMapper.decision("decision", request.getDecision());
    reply(response, () -> NationalMapper.toProto(
        replication.recognise(province, nomination, decision, request.getCode())));
  }

  @Override
  public void rejectNomination(RejectNominationRequest request, StreamObserver<vn.antq.registry.v1.Nomination> response) {
    String province = ResourceNames.province("name", request.getName(), "nominations");
    UUID nomination = ResourceNames.parse("name", request.getName(), "nominations")[0];
    reply(response, () -> NationalMapper.toProto(replication.reject(province, nomination, request.getReason())));
  }

  @Override
  public void listNationalAudit(ListNationalAuditRequest request, StreamObserver<ListNationalAuditResponse> response) {
    AuditFilter filter = new AuditFilter(request.getOperation().isBlank() ? null : request.getOperation().strip(),
        request.hasStartTime() ? ProtoTime.instant("start_time", request.getStartTime()) : null,
        request.hasEndTime() ? ProtoTime.instant("end_time", request.getEndTime()) : null);
    String cursor = PageTokens.decode(request.getPageToken());
    reply(response, () -> {
      var page = audit.list(filter, request.getPageSize(), cursor);
      return ListNationalAuditResponse.newBuilder()
          .addAllEntries(page.items().stream().map(NationalMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .build();
    });
  }

  @Override
  public void getTemplate(GetTemplateRequest request, StreamObserver<Template> response) {
    UUID id = RegistryNames.template("name", request.getName());
    reply(response, () -> NationalMapper.toProto(replication.getTemplate(id)));
  }

  @Override
  public void updateTemplate(UpdateTemplateRequest request, StreamObserver<Template> response) {
    Template template = request.getTemplate();
    UUID id = RegistryNames.template("template.name", template.getName());
    List<String> fields = request.hasUpdateMask() && request.getUpdateMask().getPathsCount() > 0
        ? request.getUpdateMask().getPathsList() : TEMPLATE_FIELDS;
    TemplateText changes = new TemplateText(template.getDisplayName(),
        RegistryMapper.sector("template.sector", template.getSector()), template.getDescription());
    var decision = request.hasDecision() ? RegistryMapper.decision("decision", request.getDecision()) : null;
    reply(response, () -> NationalMapper.toProto(replication.update(id, template.getVersion(), changes, fields,
        request.getChangelog(), decision)));
  }

  @Override
  public void retireTemplate(RetireTemplateRequest request, StreamObserver<Template> response) {
    UUID id = RegistryNames.template("name", request.getName());
    var decision = RegistryMapper.decision("decision", request.getDecision());
    reply(response, () -> NationalMapper.toProto(replication.retire(id, decision, request.getReason())));
  }

  @Override
  public void listNationalCatalogue(ListNationalCatalogueRequest request,
                                    StreamObserver<ListNationalCatalogueResponse> response) {
    String cursor = PageTokens.decode(request.getPageToken());
    reply(response, () -> {
      var page = replication.catalogue(request.getPageSize(), cursor);
      return ListNationalCatalogueResponse.newBuilder()
          .addAllEntries(page.items().stream().map(NationalMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .build();
    });
  }

  /** No transaction here: the figures come from every source service, this one included, over gRPC. */
  @Override
  public void getNationalDashboard(GetNationalDashboardRequest request, StreamObserver<NationalDashboard> response) {
    String period = request.getPeriod().strip();
    if (!period.isEmpty() && !REPORT_PERIOD.matcher(period).matches()) {
      throw new DomainException.InvalidInput("period", "must be a year (2023), a quarter (2023-q2) or a month (2023-05)");
    }
    response.onNext(DashboardMapper.toProto(dashboard.dashboard(period)));
    response.onCompleted();
  }

  @Override
  public void listNationalReviews(ListNationalReviewsRequest request,
                                  StreamObserver<ListNationalReviewsResponse> response) {
    Period period = Period.parse("period", request.getPeriod());
    String cursor = PageTokens.decode(request.getPageToken());
    reply(response, () -> {
      var page = reviews.forPeriod(period, request.getFlaggedOnly(), request.getPageSize(), cursor);
      return ListNationalReviewsResponse.newBuilder()
          .addAllReviews(page.items().stream().map(ReviewMapper::toProto).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .build();
    });
  }

  private <T> void reply(StreamObserver<T> response, Supplier<T> work) {
    response.onNext(transactions.execute(status -> work.get()));
    response.onCompleted();
  }
}
