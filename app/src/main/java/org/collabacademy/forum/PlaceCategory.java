package org.collabacademy.forum;

/** What a community gathers around; course boards are {@link #COURSE}. */
public enum PlaceCategory {
    CLUSTER,
    REGION,
    TOPIC,
    COURSE
}
