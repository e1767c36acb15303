package vn.antq.registry.grpc;

import vn.antq.grpc.contract.ProtoTime;
import vn.antq.registry.domain.review.Indicators;
import vn.antq.registry.domain.review.Review;
import vn.antq.registry.v1.ModelReview;
import vn.antq.registry.v1.ReviewFlag;
import vn.antq.registry.v1.ReviewIndicators;

/** Recorded reviews → contract. Indicators that were not available stay unset. */
final class ReviewMapper {

  private ReviewMapper() {}

  static ModelReview toProto(Review review) {
    var builder = ModelReview.newBuilder()
        .setName(RegistryNames.review(review.province(), review.modelId(), review.period()))
        .setPeriod(review.period().toString())
        .setModelDisplayName(review.modelDisplayName())
        .setModelStatus(vn.antq.registry.v1.ModelStatus.valueOf(review.modelStatus().name()))
        .setIndicators(toProto(review.indicators()))
        .setReviewer(review.reviewer())
        .setReviewTime(ProtoTime.timestamp(review.reviewTime()));
    review.flags().forEach(flag -> builder.addFlags(ReviewFlag.newBuilder()
        .setKind(ReviewFlag.Kind.valueOf(flag.kind().name())).setDetail(flag.detail())));
    review.gaps().forEach(gap -> builder.addGaps(NationalMapper.toProto(gap)));
    return builder.build();
  }

  private static ReviewIndicators toProto(Indicators indicators) {
    var builder = ReviewIndicators.newBuilder()
        .setReplicationPoints(indicators.replicationPoints())
        .setGroups(indicators.groups())
        .setMembers(indicators.members());
    if (indicators.activities() != null) {
      builder.setActivities(indicators.activities());
    }
    if (indicators.tips() != null) {
      builder.setTips(indicators.tips());
    }
    if (indicators.mediations() != null) {
      builder.setMediations(indicators.mediations());
    }
    if (indicators.tipsPerThousandMembers() != null) {
      builder.setTipsPerThousandMembers(indicators.tipsPerThousandMembers());
    }
    if (indicators.mediationsPerThousandMembers() != null) {
      builder.setMediationsPerThousandMembers(indicators.mediationsPerThousandMembers());
    }
    if (indicators.awards() != null) {
      builder.setAwards(indicators.awards());
    }
    return builder.build();
  }
}
