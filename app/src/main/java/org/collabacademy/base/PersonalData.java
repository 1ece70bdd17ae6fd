package org.collabacademy.base;

import java.util.Map;

/**
 * What one feature keeps about a person, for the "download my data" export: each feature names the
 * queries over its own tables, so the export stays complete as features are added.
 */
public interface PersonalData {

    /** The name of this feature's part of the export, e.g. "quizzes". */
    String section();

    /** Named SQL queries whose one parameter ({@code ?}) is the person's account id. */
    Map<String, String> queries();
}
