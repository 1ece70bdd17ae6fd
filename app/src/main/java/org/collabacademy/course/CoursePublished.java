package org.collabacademy.course;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.QuizDefinition;

/**
 * A course was imported with changed content (a new content version): its modules and their quizzes as
 * they are now. The quiz feature stores the quizzes, progress re-evaluates completions. Published inside
 * the import's transaction, so listeners store their part with it or not at all.
 */
public record CoursePublished(String courseKey, int contentVersion, Map<Language, String> titles, Language defaultLanguage,
                              List<ModuleQuizzes> modules) {

    public record ModuleQuizzes(String moduleKey, Map<Language, String> moduleTitles, List<QuizDefinition> quizzes) {
    }
}
