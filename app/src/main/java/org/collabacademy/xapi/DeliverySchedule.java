package org.collabacademy.xapi;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs delivery every few seconds on a background thread, on every node (rows are claimed, so nodes
 * share the work). Tests switch it off and deliver explicitly.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "collabacademy.xapi.delivery.scheduled", havingValue = "true", matchIfMissing = true)
class DeliverySchedule {

    private final LrsForwarder forwarder;

    DeliverySchedule(LrsForwarder forwarder) {
        this.forwarder = forwarder;
    }

    @Scheduled(fixedDelayString = "${collabacademy.xapi.delivery.poll-millis:2000}", initialDelayString = "${collabacademy.xapi.delivery.poll-millis:2000}")
    void deliver() {
        while (forwarder.deliverDue() > 0) {
            // keep going while there is a backlog
        }
    }
}
