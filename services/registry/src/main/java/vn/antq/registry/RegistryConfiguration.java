package vn.antq.registry;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.antq.registry.domain.MemberCountSource;
import vn.antq.registry.domain.FanOut;
import vn.antq.registry.domain.RegistryService;
import vn.antq.registry.domain.RegistryStore;
import vn.antq.registry.domain.audit.AuditStore;
import vn.antq.registry.domain.audit.NationalAuditLog;
import vn.antq.registry.domain.dashboard.NationalDashboardService;
import vn.antq.registry.domain.dashboard.NationalFigureSource;
import vn.antq.registry.domain.dashboard.ProvinceDirectory;
import vn.antq.registry.domain.national.ExternalFigureGatherer;
import vn.antq.registry.domain.national.ModelFigureSource;
import vn.antq.registry.domain.national.NationalReplication;
import vn.antq.registry.domain.national.NationalStore;
import vn.antq.registry.domain.national.ProvinceReplication;
import vn.antq.registry.domain.review.ReviewRules;
import vn.antq.registry.domain.review.ReviewService;
import vn.antq.registry.domain.review.ReviewStore;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NationalProperties.class)
class RegistryConfiguration {

  @Bean
  RegistryService registryService(RegistryStore store, MemberCountSource memberCounts) {
    return new RegistryService(store, memberCounts);
  }

  @Bean
  ProvinceReplication provinceReplication(RegistryService registry, NationalStore store) {
    return new ProvinceReplication(registry, store);
  }

  @Bean
  NationalReplication nationalReplication(NationalStore store, RegistryStore models) {
    return new NationalReplication(store, models);
  }

  @Bean
  NationalAuditLog nationalAuditLog(AuditStore store) {
    return new NationalAuditLog(store);
  }

  @Bean
  ReviewService reviewService(RegistryService registry, NationalStore national, ReviewStore store,
                              NationalProperties properties) {
    return new ReviewService(registry, national, store,
        new ReviewRules(properties.inactiveMonths(), properties.unchangedPeriods()));
  }

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService fanOutExecutor(NationalProperties properties) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads = task -> {
      Thread thread = new Thread(task, "national-fan-out-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    return Executors.newFixedThreadPool(properties.fanOutThreads(), threads);
  }

  @Bean
  FanOut fanOut(ExecutorService fanOutExecutor, NationalProperties properties) {
    return new FanOut(fanOutExecutor, properties.fanOutBudget());
  }

  /** One source bean per service (sources/): members, campaigns, welfare, and awards when it exists. */
  @Bean
  ExternalFigureGatherer externalFigureGatherer(ObjectProvider<ModelFigureSource> sources, FanOut fanOut) {
    return new ExternalFigureGatherer(sources.orderedStream().toList(), fanOut);
  }

  @Bean
  NationalDashboardService nationalDashboardService(ObjectProvider<NationalFigureSource> sources,
                                                    ProvinceDirectory provinces, FanOut fanOut) {
    return new NationalDashboardService(sources.orderedStream().toList(), provinces, fanOut);
  }
}
