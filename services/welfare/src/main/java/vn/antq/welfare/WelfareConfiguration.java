package vn.antq.welfare;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;
import vn.antq.campaigns.v1.ActivitiesGrpc;
import vn.antq.core.Transactions;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.registry.v1.ModelRegistryGrpc;
import vn.antq.welfare.domain.BeneficiaryBook;
import vn.antq.welfare.domain.BeneficiaryStore;
import vn.antq.welfare.domain.CampaignDirectory;
import vn.antq.welfare.domain.ItemLedger;
import vn.antq.welfare.domain.ItemStore;
import vn.antq.welfare.domain.ModelDirectory;
import vn.antq.welfare.domain.ReportFigures;
import vn.antq.welfare.domain.SponsorBook;
import vn.antq.welfare.domain.SponsorStore;
import vn.antq.welfare.domain.SummaryReport;
import vn.antq.welfare.domain.SummaryStore;
import vn.antq.welfare.links.CampaignsCampaignDirectory;
import vn.antq.welfare.links.RegistryModelDirectory;

@Configuration(proxyBeanMethods = false)
class WelfareConfiguration {

  /** The channel "registry" is configured under spring.grpc.client.channels.registry (config-repo/welfare.yml). */
  @Bean
  ModelDirectory modelDirectory(GrpcChannelFactory channels, RemoteCalls remote) {
    return new RegistryModelDirectory(remote, ModelRegistryGrpc.newBlockingStub(channels.createChannel("registry")));
  }

  /** The channel "campaigns" is configured under spring.grpc.client.channels.campaigns (config-repo/welfare.yml). */
  @Bean
  CampaignDirectory campaignDirectory(GrpcChannelFactory channels, RemoteCalls remote) {
    return new CampaignsCampaignDirectory(remote, ActivitiesGrpc.newBlockingStub(channels.createChannel("campaigns")));
  }

  @Bean
  ItemLedger itemLedger(ItemStore items, BeneficiaryStore beneficiaries, ModelDirectory models,
                        CampaignDirectory campaigns, Transactions transactions) {
    return new ItemLedger(items, beneficiaries, models, campaigns, transactions);
  }

  @Bean
  SponsorBook sponsorBook(SponsorStore sponsors, ItemStore items, CampaignDirectory campaigns,
                          Transactions transactions) {
    return new SponsorBook(sponsors, items, campaigns, transactions);
  }

  @Bean
  BeneficiaryBook beneficiaryBook(BeneficiaryStore beneficiaries, Transactions transactions) {
    return new BeneficiaryBook(beneficiaries, transactions);
  }

  @Bean
  SummaryReport summaryReport(SummaryStore summaries, Transactions transactions) {
    return new SummaryReport(summaries, transactions);
  }

  @Bean
  ReportFigures reportFigures(SummaryStore summaries, Transactions transactions) {
    return new ReportFigures(summaries, transactions);
  }
}
