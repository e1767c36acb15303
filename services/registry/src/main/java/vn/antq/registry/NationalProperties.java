package vn.antq.registry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * National operations of the registry ({@code antq.registry.national}).
 *
 * @param fanOutBudget how long a national report waits for its sources in all; a source still
 *     silent then is reported missing (each call also has its own RemoteCalls deadline)
 * @param fanOutThreads calls to other services in flight at once
 * @param inactiveMonths months without reported activity that flag a model in a review
 * @param unchangedPeriods consecutive periods of identical figures that flag a model in a review
 */
@ConfigurationProperties("antq.registry.national")
record NationalProperties(@DefaultValue("3s") Duration fanOutBudget, @DefaultValue("8") int fanOutThreads,
                          @DefaultValue("6") int inactiveMonths, @DefaultValue("3") int unchangedPeriods) {}
