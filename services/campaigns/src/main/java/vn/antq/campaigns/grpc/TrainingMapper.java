package vn.antq.campaigns.grpc;

import vn.antq.campaigns.domain.Audience;
import vn.antq.campaigns.domain.TrainingClass;
import vn.antq.campaigns.domain.TrainingDraft;
import vn.antq.core.Violations;
import vn.antq.grpc.contract.ProtoTime;

/** Training classes: contract messages ↔ domain records. */
final class TrainingMapper {

  private TrainingMapper() {}

  static TrainingDraft draft(vn.antq.campaigns.v1.TrainingClass training, Violations violations) {
    return new TrainingDraft(training.getTitle(), Protos.toDomain(Audience.class, training.getAudience()),
        Protos.place(training.hasPlace(), training.getPlace()),
        Protos.date(training.hasStartDate(), training.getStartDate(), "training_class.start_date", violations),
        training.getTrainees());
  }

  static vn.antq.campaigns.v1.TrainingClass toProto(TrainingClass training) {
    TrainingDraft details = training.details();
    return vn.antq.campaigns.v1.TrainingClass.newBuilder()
        .setName(CampaignNames.TRAINING_CLASS.render(training.id()))
        .setTitle(details.title())
        .setAudience(Protos.toProto(vn.antq.campaigns.v1.Audience.class, details.audience()))
        .setPlace(Protos.place(details.place()))
        .setStartDate(ProtoTime.date(details.startDate()))
        .setTrainees(details.trainees())
        .setCreateTime(ProtoTime.timestamp(training.createTime()))
        .build();
  }
}
