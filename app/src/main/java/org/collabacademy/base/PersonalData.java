package org.collabacademy.base;

import java.util.List;
import java.util.Map;

/**
 * What one feature keeps about a person, for the "download my data" export: each feature answers for
 * its own tables, so the export stays complete as features are added.
 */
public interface PersonalData {

    /** The name of this feature's part of the export, e.g. "quizzes". */
    String section();

    /** Everything this feature stores about the person, as named lists of rows. */
    Map<String, List<Map<String, Object>>> of(long userId);
}
