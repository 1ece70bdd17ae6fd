package org.collabacademy.xapi;

/** Where a statement stands with one endpoint. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    /** Refused by the LRS (400) with a reason; kept aside until an administrator retries or discards it. */
    DEAD,
    DISCARDED
}
