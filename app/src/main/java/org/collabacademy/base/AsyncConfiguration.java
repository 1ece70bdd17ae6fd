package org.collabacademy.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Lets listeners run after their transaction commits, on a pool thread (Spring Modulith's
 * {@code @ApplicationModuleListener}), with the event publication registry as their outbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
