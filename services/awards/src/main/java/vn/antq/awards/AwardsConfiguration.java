package vn.antq.awards;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.grpc.client.GrpcChannelFactory;
import vn.antq.awards.domain.AwardReports;
import vn.antq.awards.domain.AwardSettings;
import vn.antq.awards.domain.AwardStore;
import vn.antq.awards.domain.AwardWorkflow;
import vn.antq.awards.domain.RecipientDirectory;
import vn.antq.awards.domain.ReportStore;
import vn.antq.awards.links.RemoteRecipientDirectory;
import vn.antq.core.Transactions;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.members.v1.MembersGrpc;
import vn.antq.registry.v1.ModelRegistryGrpc;

@Configuration(proxyBeanMethods = false)
class AwardsConfiguration {

  @Bean
  EnvironmentAwardSettings awardSettings(Environment environment) {
    return new EnvironmentAwardSettings(environment);
  }

  /** Channels "registry" and "members" are configured under spring.grpc.client.channels (config-repo/awards.yml). */
  @Bean
  RecipientDirectory recipientDirectory(GrpcChannelFactory channels, RemoteCalls remote) {
    return new RemoteRecipientDirectory(remote,
        ModelRegistryGrpc.newBlockingStub(channels.createChannel("registry")),
        MembersGrpc.newBlockingStub(channels.createChannel("members")));
  }

  @Bean
  AwardWorkflow awardWorkflow(AwardStore store, RecipientDirectory directory, AwardSettings settings,
                              Transactions transactions) {
    return new AwardWorkflow(store, directory, settings, transactions);
  }

  @Bean
  AwardReports awardReports(ReportStore reports, AwardSettings settings, Transactions transactions) {
    return new AwardReports(reports, settings, transactions);
  }
}
