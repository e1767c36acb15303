package vn.antq.registry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.antq.registry.domain.MemberCountSource;
import vn.antq.registry.domain.RegistryService;
import vn.antq.registry.domain.RegistryStore;

@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

  @Bean
  RegistryService registryService(RegistryStore store, MemberCountSource memberCounts) {
    return new RegistryService(store, memberCounts);
  }
}
