package org.collabacademy.xapi;

/**
 * The verbs and activity types of CollabAcademy's xAPI profile (documented in the README). Verbs and
 * types are ADL's and Activity Streams' published IRIs, so that any LRS and report tool knows them.
 */
public final class XapiProfile {

    private XapiProfile() {
    }

    public static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";
    public static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
    public static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
    public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

    /** Partner directory: an expression of interest sent, accepted, declined (Activity Streams verbs). */
    public static final String REQUESTED = "http://activitystrea.ms/schema/1.0/request";
    public static final String ACCEPTED = "http://activitystrea.ms/schema/1.0/accept";
    public static final String DECLINED = "http://activitystrea.ms/schema/1.0/reject";
    /** A directory entry: what a firm offers or seeks. */
    public static final String OFFER = "http://activitystrea.ms/schema/1.0/offer";

    public static final String COURSE = "http://adlnet.gov/expapi/activities/course";
    public static final String MODULE = "http://adlnet.gov/expapi/activities/module";
    public static final String PAGE = "http://activitystrea.ms/schema/1.0/page";
    public static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    public static final String QUESTION = "http://adlnet.gov/expapi/activities/cmi.interaction";

    /** Result extensions of the collaboration-profile self-assessment (under the activity base). */
    public static final String SME_TYPE_EXTENSION = "/extensions/sme-type";
    public static final String SCORES_EXTENSION = "/extensions/dimension-scores";
}
