package vn.antq.campaigns.grpc;

import vn.antq.campaigns.domain.FollowUpStatus;
import vn.antq.campaigns.domain.Forum;
import vn.antq.campaigns.domain.ForumDraft;
import vn.antq.campaigns.domain.Opinion;
import vn.antq.campaigns.domain.OpinionDraft;
import vn.antq.campaigns.domain.OpinionTopic;
import vn.antq.core.Violations;
import vn.antq.grpc.contract.ProtoTime;

/** Forums and opinions: contract messages ↔ domain records. */
final class ForumMapper {

  private ForumMapper() {}

  static ForumDraft draft(vn.antq.campaigns.v1.Forum forum, Violations violations) {
    return new ForumDraft(Protos.date(forum.hasDate(), forum.getDate(), "forum.date", violations),
        Protos.place(forum.hasPlace(), forum.getPlace()), forum.getAttendees(),
        forum.getOpinionsList().stream().map(opinion -> new OpinionDraft(
            Protos.toDomain(OpinionTopic.class, opinion.getTopic()), opinion.getText(),
            Protos.toDomain(FollowUpStatus.class, opinion.getFollowUpStatus()))).toList());
  }

  static vn.antq.campaigns.v1.Forum toProto(Forum forum) {
    return vn.antq.campaigns.v1.Forum.newBuilder()
        .setName(CampaignNames.FORUM.render(forum.id()))
        .setDate(ProtoTime.date(forum.date()))
        .setPlace(Protos.place(forum.place()))
        .setAttendees(forum.attendees())
        .addAllOpinions(forum.opinions().stream().map(ForumMapper::toProto).toList())
        .setCreateTime(ProtoTime.timestamp(forum.createTime()))
        .build();
  }

  static vn.antq.campaigns.v1.Opinion toProto(Opinion opinion) {
    return vn.antq.campaigns.v1.Opinion.newBuilder()
        .setName(CampaignNames.OPINION.render(opinion.forumId(), opinion.id()))
        .setTopic(Protos.toProto(vn.antq.campaigns.v1.OpinionTopic.class, opinion.topic()))
        .setText(opinion.text())
        .setFollowUpStatus(Protos.toProto(vn.antq.campaigns.v1.FollowUpStatus.class, opinion.followUpStatus()))
        .setUpdateTime(ProtoTime.timestamp(opinion.updateTime()))
        .build();
  }
}
