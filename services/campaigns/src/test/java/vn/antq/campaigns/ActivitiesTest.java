package vn.antq.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.test.GrpcCalls.fails;
import static vn.antq.test.GrpcCalls.fieldsOf;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.campaigns.v1.Audience;
import vn.antq.campaigns.v1.BatchCreatePatrolsRequest;
import vn.antq.campaigns.v1.CreateForumRequest;
import vn.antq.campaigns.v1.CreatePatrolRequest;
import vn.antq.campaigns.v1.CreateTrainingClassRequest;
import vn.antq.campaigns.v1.FollowUpStatus;
import vn.antq.campaigns.v1.Forum;
import vn.antq.campaigns.v1.GetForumRequest;
import vn.antq.campaigns.v1.GetPatrolRequest;
import vn.antq.campaigns.v1.ListForumsRequest;
import vn.antq.campaigns.v1.ListPatrolsRequest;
import vn.antq.campaigns.v1.ListTrainingClassesRequest;
import vn.antq.campaigns.v1.Opinion;
import vn.antq.campaigns.v1.OpinionTopic;
import vn.antq.campaigns.v1.PartnerForce;
import vn.antq.campaigns.v1.Patrol;
import vn.antq.campaigns.v1.PatrolPurpose;
import vn.antq.campaigns.v1.TrainingClass;
import vn.antq.campaigns.v1.UpdateOpinionRequest;

/** Forums with their opinions, patrols and training classes. */
class ActivitiesTest extends CampaignsTestBase {

  private static final String OPINION = "Đề nghị tăng cường tuần tra khu vực chợ Gành Hào vào ban đêm";

  @Test
  void aForumKeepsItsOpinionsInOrderAndTheirFollowUpMovesOn() {
    String province = newProvince();
    var stub = activities(officer(province));
    Forum forum = stub.createForum(CreateForumRequest.newBuilder().setParent("provinces/" + province)
        .setRequestId("forum-1")
        .setForum(Forum.newBuilder().setDate(date(2025, 10, 15)).setPlace(DONG_HAI).setAttendees(55)
            .addOpinions(Opinion.newBuilder().setTopic(OpinionTopic.PUBLIC_ORDER)
                .setText(Normalizer.normalize(OPINION, Normalizer.Form.NFD)))
            .addOpinions(Opinion.newBuilder().setTopic(OpinionTopic.ADMINISTRATIVE_SERVICES)
                .setText("Hướng dẫn thủ tục cấp căn cước cho người cao tuổi").setFollowUpStatus(FollowUpStatus.RESOLVED)))
        .build());

    assertThat(forum.getOpinionsList()).extracting(Opinion::getText)
        .containsExactly(OPINION, "Hướng dẫn thủ tục cấp căn cước cho người cao tuổi");
    assertThat(forum.getOpinionsList()).extracting(Opinion::getFollowUpStatus)
        .containsExactly(FollowUpStatus.RECEIVED, FollowUpStatus.RESOLVED);
    assertThat(forum.getOpinions(0).getName()).startsWith(forum.getName() + "/opinions/");

    Opinion moved = stub.updateOpinion(UpdateOpinionRequest.newBuilder()
        .setOpinion(forum.getOpinions(0).toBuilder().setFollowUpStatus(FollowUpStatus.IN_PROGRESS).setText("ignored"))
        .setUpdateMask(FieldMask.getDefaultInstance()).build());
    assertThat(moved.getFollowUpStatus()).isEqualTo(FollowUpStatus.IN_PROGRESS);
    assertThat(moved.getText()).isEqualTo(OPINION);
    var unknown = fails(Status.Code.INVALID_ARGUMENT, () -> stub.updateOpinion(UpdateOpinionRequest.newBuilder()
        .setOpinion(forum.getOpinions(0).toBuilder().setFollowUpStatusValue(9)).build()));
    assertThat(fieldsOf(unknown)).containsExactly("opinion.follow_up_status");
    fails(Status.Code.INVALID_ARGUMENT, () -> stub.updateOpinion(UpdateOpinionRequest.newBuilder()
        .setOpinion(forum.getOpinions(0)).setUpdateMask(FieldMask.newBuilder().addPaths("text")).build()));

    Forum read = stub.getForum(GetForumRequest.newBuilder().setName(forum.getName()).build());
    assertThat(read.getOpinions(0).getFollowUpStatus()).isEqualTo(FollowUpStatus.IN_PROGRESS);
    assertThat(stub.createForum(CreateForumRequest.newBuilder().setParent("provinces/" + province)
        .setRequestId("forum-1").setForum(Forum.newBuilder()).build()).getName())
        .as("same request id").isEqualTo(forum.getName());
    assertThat(stub.listForums(ListForumsRequest.newBuilder().setParent("provinces/" + province).build())
        .getForumsList()).singleElement().satisfies(listed -> assertThat(listed.getOpinionsCount()).isEqualTo(2));
  }

  @Test
  void aForumNeedsADatePlaceAndTopicsAndText() {
    String province = newProvince();
    var error = fails(Status.Code.INVALID_ARGUMENT, () -> activities(officer(province)).createForum(
        CreateForumRequest.newBuilder().setParent("provinces/" + province).setForum(Forum.newBuilder()
            .setAttendees(-1).addOpinions(Opinion.newBuilder().setText(" "))).build()));
    assertThat(fieldsOf(error)).containsExactlyInAnyOrder("forum.date", "forum.place", "forum.attendees",
        "forum.opinions[0].topic", "forum.opinions[0].text");
  }

  @Test
  void aPatrolNamesItsPartnersOnceAndAKnownPurpose() {
    String province = newProvince();
    var stub = activities(officer(province));
    Patrol patrol = stub.createPatrol(CreatePatrolRequest.newBuilder().setParent("provinces/" + province)
        .setPatrol(Patrol.newBuilder().setDate(date(2025, 9, 20)).setArea(DONG_HAI.toBuilder()
                .setVenue("Tuyến đê biển Gành Hào"))
            .addPartners(PartnerForce.BORDER_GUARD).addPartners(PartnerForce.MILITIA)
            .setPurpose(PatrolPurpose.DISASTER_RELIEF)).build());
    assertThat(stub.getPatrol(GetPatrolRequest.newBuilder().setName(patrol.getName()).build()).getPartnersList())
        .containsExactly(PartnerForce.BORDER_GUARD, PartnerForce.MILITIA);

    var error = fails(Status.Code.INVALID_ARGUMENT, () -> stub.createPatrol(CreatePatrolRequest.newBuilder()
        .setParent("provinces/" + province).setPatrol(Patrol.newBuilder().setDate(date(2025, 9, 21)).setArea(DONG_HAI)
            .addPartners(PartnerForce.MILITIA).addPartners(PartnerForce.MILITIA).addPartnersValue(77)
            .setPurposeValue(12)).build()));
    assertThat(fieldsOf(error)).containsExactlyInAnyOrder("patrol.partners[1]", "patrol.partners[2]", "patrol.purpose");
    var none = fails(Status.Code.INVALID_ARGUMENT, () -> stub.createPatrol(CreatePatrolRequest.newBuilder()
        .setParent("provinces/" + province).setPatrol(Patrol.newBuilder().setDate(date(2025, 9, 21)).setArea(DONG_HAI)
            .setPurpose(PatrolPurpose.SEARCH_AND_RESCUE)).build()));
    assertThat(fieldsOf(none)).containsExactly("patrol.partners");
  }

  @Test
  void patrolsComeInBatchesAllOrNothing() {
    String province = newProvince();
    var stub = activities(officer(province));
    BatchCreatePatrolsRequest.Builder batch = BatchCreatePatrolsRequest.newBuilder().setParent("provinces/" + province);
    for (int day = 1; day <= 4; day++) {
      batch.addRequests(CreatePatrolRequest.newBuilder().setRequestId("p-" + day).setPatrol(Patrol.newBuilder()
          .setDate(date(2025, 11, day)).setArea(DONG_HAI).addPartners(PartnerForce.FOREST_RANGERS)
          .setPurpose(PatrolPurpose.CRIME_PREVENTION)));
    }
    var broken = batch.clone();
    broken.setRequests(3, broken.getRequests(3).toBuilder().setPatrol(broken.getRequests(3).getPatrol().toBuilder()
        .clearPartners()));
    var error = fails(Status.Code.INVALID_ARGUMENT, () -> stub.batchCreatePatrols(broken.build()));
    assertThat(fieldsOf(error)).containsExactly("requests[3].patrol.partners");
    assertThat(patrols(province)).isZero();

    assertThat(stub.batchCreatePatrols(batch.build()).getPatrolsCount()).isEqualTo(4);
    assertThat(stub.batchCreatePatrols(batch.build()).getPatrolsCount()).isEqualTo(4);
    assertThat(patrols(province)).as("request ids make the retry create nothing").isEqualTo(4);
  }

  @Test
  void aTrainingClassHasAKnownAudienceAndTrainees() {
    String province = newProvince();
    var stub = activities(officer(province));
    TrainingClass training = stub.createTrainingClass(CreateTrainingClassRequest.newBuilder()
        .setParent("provinces/" + province).setTrainingClass(TrainingClass.newBuilder()
            .setTitle("Huấn luyện nghiệp vụ PCCC và CNCH").setAudience(Audience.FIRE_PREVENTION_AND_RESCUE)
            .setPlace(DONG_HAI).setStartDate(date(2025, 5, 20)).setTrainees(64)).build());
    assertThat(training.getName()).startsWith("provinces/" + province + "/trainingClasses/");
    assertThat(training.getAudience()).isEqualTo(Audience.FIRE_PREVENTION_AND_RESCUE);

    var error = fails(Status.Code.INVALID_ARGUMENT, () -> stub.createTrainingClass(
        CreateTrainingClassRequest.newBuilder().setParent("provinces/" + province).setTrainingClass(TrainingClass
            .newBuilder().setTitle("Lớp").setAudienceValue(8).setPlace(DONG_HAI).setStartDate(date(2025, 5, 21))
            .setTrainees(-4)).build()));
    assertThat(fieldsOf(error)).containsExactlyInAnyOrder("training_class.audience", "training_class.trainees");
    assertThat(stub.listTrainingClasses(ListTrainingClassesRequest.newBuilder().setParent("provinces/" + province)
        .setPeriod("2025-05").build()).getTrainingClassesList()).extracting(TrainingClass::getName)
        .isEqualTo(List.of(training.getName()));
  }

  private int patrols(String province) {
    return activities(officer(province)).listPatrols(ListPatrolsRequest.newBuilder()
        .setParent("provinces/" + province).build()).getTotalSize();
  }
}
