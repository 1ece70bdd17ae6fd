package org.collabacademy.forum;

/** Whether notifications also go out by e-mail: at once, once a day, or not at all. */
public enum EmailMode {
    IMMEDIATE,
    DAILY,
    OFF
}
