package vn.antq.campaigns;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;
import vn.antq.campaigns.domain.CampaignService;
import vn.antq.campaigns.domain.CampaignStore;
import vn.antq.campaigns.domain.ForumService;
import vn.antq.campaigns.domain.ForumStore;
import vn.antq.campaigns.domain.LinkedModels;
import vn.antq.campaigns.domain.ModelDirectory;
import vn.antq.campaigns.domain.PatrolService;
import vn.antq.campaigns.domain.PatrolStore;
import vn.antq.campaigns.domain.PeriodLocks;
import vn.antq.campaigns.domain.PeriodService;
import vn.antq.campaigns.domain.PeriodStore;
import vn.antq.campaigns.domain.ResultStore;
import vn.antq.campaigns.domain.ReportFigures;
import vn.antq.campaigns.domain.ResultsService;
import vn.antq.campaigns.domain.SummaryService;
import vn.antq.campaigns.domain.SummaryStore;
import vn.antq.campaigns.domain.TrainingService;
import vn.antq.campaigns.domain.TrainingStore;
import vn.antq.registry.v1.ModelRegistryGrpc;

@Configuration(proxyBeanMethods = false)
class CampaignsConfiguration {

  /**
   * The registry, at spring.grpc.client.channels.registry (config-repo/campaigns.yml, overridden per
   * environment). The factory adds the global client interceptors, so the caller's token travels along.
   */
  @Bean
  ModelRegistryGrpc.ModelRegistryBlockingStub registry(GrpcChannelFactory channels) {
    return ModelRegistryGrpc.newBlockingStub(channels.createChannel("registry"));
  }

  @Bean
  PeriodLocks periodLocks(PeriodStore store) {
    return new PeriodLocks(store);
  }

  @Bean
  PeriodService periodService(PeriodStore store, PeriodLocks locks) {
    return new PeriodService(store, locks);
  }

  @Bean
  CampaignService campaignService(CampaignStore store, PeriodLocks locks) {
    return new CampaignService(store, locks);
  }

  @Bean
  ReportFigures reportFigures(SummaryStore store) {
    return new ReportFigures(store);
  }

  @Bean
  LinkedModels linkedModels(ModelDirectory directory) {
    return new LinkedModels(directory);
  }

  @Bean
  ForumService forumService(ForumStore store, PeriodLocks locks) {
    return new ForumService(store, locks);
  }

  @Bean
  PatrolService patrolService(PatrolStore store, PeriodLocks locks) {
    return new PatrolService(store, locks);
  }

  @Bean
  TrainingService trainingService(TrainingStore store, PeriodLocks locks) {
    return new TrainingService(store, locks);
  }

  @Bean
  ResultsService resultsService(ResultStore store, PeriodLocks locks) {
    return new ResultsService(store, locks);
  }

  @Bean
  SummaryService summaryService(SummaryStore store, PeriodService periods) {
    return new SummaryService(store, periods);
  }
}
