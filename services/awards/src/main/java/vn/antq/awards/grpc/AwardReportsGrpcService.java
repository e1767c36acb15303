package vn.antq.awards.grpc;

import com.google.api.HttpBody;
import com.google.protobuf.ByteString;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.antq.awards.domain.AwardForm;
import vn.antq.awards.domain.AwardReports;
import vn.antq.awards.domain.AwardSummary;
import vn.antq.awards.domain.AwardWorkflow;
import vn.antq.awards.domain.Links;
import vn.antq.awards.domain.RecipientType;
import vn.antq.awards.domain.Timeliness;
import vn.antq.awards.export.CsvExport;
import vn.antq.awards.export.Form0603;
import vn.antq.awards.export.XlsxExport;
import vn.antq.awards.v1.AwardCount;
import vn.antq.awards.v1.AwardReportsGrpc;
import vn.antq.awards.v1.CountModelAwardsRequest;
import vn.antq.awards.v1.CountModelAwardsResponse;
import vn.antq.awards.v1.ExportAwardSummaryRequest;
import vn.antq.awards.v1.ExportFormat;
import vn.antq.awards.v1.GetAwardSummaryRequest;
import vn.antq.awards.v1.IssuingLevel;
import vn.antq.awards.v1.LevelTotal;
import vn.antq.awards.v1.ModelAwards;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.grpc.contract.ProtoTime;
import vn.antq.grpc.contract.ProtoValues;
import vn.antq.grpc.contract.ResourceNames;

/** Report figures of a province, and the form 0603 export. */
@Service
public class AwardReportsGrpcService extends AwardReportsGrpc.AwardReportsImplBase {

  private static final String SUMMARY = "awardSummary";

  private final AwardReports reports;
  private final AwardWorkflow workflow;

  public AwardReportsGrpcService(AwardReports reports, AwardWorkflow workflow) {
    this.reports = reports;
    this.workflow = workflow;
  }

  @Override
  public void getAwardSummary(GetAwardSummaryRequest request, StreamObserver<vn.antq.awards.v1.AwardSummary> response) {
    checkSummaryName(request.getName());
    AwardSummary summary = reports.summary(
        ProtoValues.date("start_date", request.hasStartDate(), request.getStartDate()),
        ProtoValues.date("end_date", request.hasEndDate(), request.getEndDate()));
    Replies.send(response, toProto(request.getName(), summary, workflow.forms()));
  }

  @Override
  public void exportAwardSummary(ExportAwardSummaryRequest request, StreamObserver<HttpBody> response) {
    checkSummaryName(request.getName());
    if (request.getFormat() != ExportFormat.CSV && request.getFormat() != ExportFormat.XLSX) {
      throw new DomainException.InvalidInput("format", "must be CSV or XLSX");
    }
    AwardSummary summary = reports.summary(
        ProtoValues.date("start_date", request.hasStartDate(), request.getStartDate()),
        ProtoValues.date("end_date", request.hasEndDate(), request.getEndDate()));
    Form0603 form = Form0603.of(summary, workflow.forms());
    boolean csv = request.getFormat() == ExportFormat.CSV;
    Replies.send(response, HttpBody.newBuilder()
        .setContentType(csv ? CsvExport.MEDIA_TYPE : XlsxExport.MEDIA_TYPE)
        .setData(ByteString.copyFrom(csv ? CsvExport.write(form) : XlsxExport.write(form)))
        .build());
  }

  @Override
  public void countModelAwards(CountModelAwardsRequest request, StreamObserver<CountModelAwardsResponse> response) {
    ResourceNames.province("parent", request.getParent());
    String province = Tenant.province();
    List<UUID> models = new ArrayList<>();
    for (int i = 0; i < request.getModelsCount(); i++) {
      models.add(ResourceNames.parse("models[" + i + "]", request.getModels(i), "models")[0]);
    }
    var counts = reports.perModel(models, ProtoValues.date("end_date", request.hasEndDate(), request.getEndDate()));
    Replies.send(response, CountModelAwardsResponse.newBuilder()
        .addAllModels(counts.stream().map(count -> ModelAwards.newBuilder()
            .setModel(Links.model(province, count.modelId()))
            .setCollective(count.collective()).setIndividual(count.individual()).build()).toList())
        .build());
  }

  private static void checkSummaryName(String name) {
    String[] parts = name.split("/", -1);
    if (parts.length != 3 || !parts[0].equals("provinces") || parts[1].isEmpty() || !parts[2].equals(SUMMARY)) {
      throw new DomainException.InvalidInput("name", "must look like provinces/{province}/" + SUMMARY);
    }
  }

  private static vn.antq.awards.v1.AwardSummary toProto(String name, AwardSummary summary, List<AwardForm> forms) {
    vn.antq.awards.v1.AwardSummary.Builder proto = vn.antq.awards.v1.AwardSummary.newBuilder()
        .setName(name)
        .setStartDate(ProtoTime.date(summary.start()))
        .setEndDate(ProtoTime.date(summary.end()))
        .setCollectives(summary.total(RecipientType.COLLECTIVE))
        .setIndividuals(summary.total(RecipientType.INDIVIDUAL))
        .setTimeliness(toProto(summary.timeliness()));
    // One line per (year, level, form): the two recipient types side by side.
    List<AwardCount.Builder> lines = new ArrayList<>();
    for (var count : summary.counts()) {
      AwardCount.Builder line = lines.stream().filter(l -> l.getYear() == count.year()
              && l.getIssuingLevel().name().equals(count.issuingLevel().name()) && l.getForm().equals(count.form()))
          .findFirst().orElseGet(() -> {
            AwardCount.Builder created = AwardCount.newBuilder().setYear(count.year())
                .setIssuingLevel(IssuingLevel.valueOf(count.issuingLevel().name())).setForm(count.form())
                .setFormDisplayName(forms.stream().filter(f -> f.code().equals(count.form())).findFirst()
                    .map(AwardForm::displayName).orElse(count.form()));
            lines.add(created);
            return created;
          });
      if (count.recipientType() == RecipientType.COLLECTIVE) {
        line.setCollectives(line.getCollectives() + count.count());
      } else {
        line.setIndividuals(line.getIndividuals() + count.count());
      }
    }
    lines.forEach(proto::addCounts);
    summary.byLevel().forEach((level, pair) -> proto.addLevels(LevelTotal.newBuilder()
        .setIssuingLevel(IssuingLevel.valueOf(level.name())).setCollectives(pair[0]).setIndividuals(pair[1])));
    return proto.build();
  }

  static vn.antq.awards.v1.Timeliness toProto(Timeliness timeliness) {
    return vn.antq.awards.v1.Timeliness.newBuilder()
        .setDecided(timeliness.decided())
        .setMedianDays(timeliness.medianDays())
        .setMeanDays(timeliness.meanDays())
        .setMaxDays(timeliness.maxDays())
        .setDecidedLate(timeliness.decidedLate())
        .setOverdue(timeliness.overdue())
        .setOverdueAfterDays(timeliness.limitDays())
        .build();
  }
}
