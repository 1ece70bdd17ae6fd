package org.collabacademy.journeys;

/** Where a browser reaches the app: one jar ({@link RunningApp}) or the proxy in front of several ({@link NginxProxy}). */
interface Site {

    /** The full address of a path of the app. */
    String url(String path);
}
