package vn.antq.configwatch;

import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.config.client.ConfigClientProperties;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;

/**
 * Polls the config server every {@code antq.config.watch-interval} and, when what it serves has
 * changed, refreshes (the same refresh as {@code POST /actuator/refresh}), so every replica picks up
 * an onboarded province, a changed tier or new remote-call guards within one interval, with no one
 * calling each instance. Without a config server address (configuration not imported from one) it
 * refreshes on every interval.
 */
@AutoConfiguration(afterName = "org.springframework.cloud.autoconfigure.RefreshAutoConfiguration")
@ConditionalOnProperty("antq.config.watch-interval")
public class ConfigWatchAutoConfiguration {

  /** Where the config client registers the server it imported the configuration from. */
  static final String CONFIG_CLIENT_PROPERTIES = "configDataConfigClientProperties";

  @Bean
  @ConditionalOnBean(ContextRefresher.class)
  ConfigWatch configWatch(ContextRefresher refresher, @Value("${antq.config.watch-interval}") Duration interval,
      BeanFactory beans) {
    if (!beans.containsBean(CONFIG_CLIENT_PROPERTIES)) {
      ConfigWatch.log.info("Refreshing the configuration every {} s (no config server to watch)", interval.toSeconds());
      return new ConfigWatch(refresher, interval, () -> true);
    }
    ConfigClientProperties client = beans.getBean(CONFIG_CLIENT_PROPERTIES, ConfigClientProperties.class);
    ConfigWatch.log.info("Watching the configuration served by {} every {} s; refreshing when it changes",
        String.join(", ", client.getUri()), interval.toSeconds());
    return new ConfigWatch(refresher, interval, new ConfigServerChanges(client)::changed);
  }

  static final class ConfigWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConfigWatch.class);

    private final ContextRefresher refresher;
    private final Duration interval;
    private final BooleanSupplier changed;
    private ScheduledExecutorService scheduler;

    ConfigWatch(ContextRefresher refresher, Duration interval, BooleanSupplier changed) {
      this.refresher = refresher;
      this.interval = interval;
      this.changed = changed;
    }

    @Override
    public synchronized void start() {
      scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "config-watch");
        thread.setDaemon(true);
        return thread;
      });
      scheduler.scheduleWithFixedDelay(this::refresh, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
      try {
        if (!changed.getAsBoolean()) {
          return;
        }
        Set<String> keys = refresher.refresh();
        if (!keys.isEmpty()) {
          log.info("Configuration changed: {}", keys);
        }
      } catch (RuntimeException e) {
        // The config server may be briefly away; the next round tries again.
        log.warn("Configuration refresh failed: {}", e.getMessage());
      }
    }

    @Override
    public synchronized void stop() {
      if (scheduler != null) {
        scheduler.shutdownNow();
        scheduler = null;
      }
    }

    @Override
    public synchronized boolean isRunning() {
      return scheduler != null;
    }
  }
}
