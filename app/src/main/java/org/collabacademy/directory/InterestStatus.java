package org.collabacademy.directory;

/** Where an expression of interest stands, as both sides see it. */
public enum InterestStatus {
    SENT,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
