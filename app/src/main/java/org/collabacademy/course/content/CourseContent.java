package org.collabacademy.course.content;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.QuizDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A course as read from its folder: valid, rendered and ready to import, with its source files by path
 * (what a content version keeps, and what an export writes back).
 */
public record CourseContent(
        String id,
        String folder,
        Language defaultLanguage,
        List<Language> languages,
        List<String> topics,
        List<String> trainers,
        CertificateLayout certificate,
        Map<Language, String> titles,
        Map<Language, String> summaries,
        List<ModuleContent> modules,
        List<ContentFile> files,
        Map<String, byte[]> sources,
        String fingerprint) {

    public int pageCount() {
        return modules.stream().mapToInt(m -> m.pages().size()).sum();
    }

    /**
     * A module of the course, with its pages in reading order, its graded quiz (which completes the module
     * when passed) and its self-assessments.
     */
    public record ModuleContent(
            String id,
            String folder,
            Map<Language, String> titles,
            Map<Language, String> summaries,
            Map<Language, List<String>> objectives,
            int estimatedMinutes,
            List<PageContent> pages,
            @Nullable QuizDefinition quiz,
            List<QuizDefinition> selfAssessments) {

        public List<QuizDefinition> quizzes() {
            java.util.ArrayList<QuizDefinition> all = new java.util.ArrayList<>();
            if (quiz != null) {
                all.add(quiz);
            }
            all.addAll(selfAssessments);
            return all;
        }
    }

    /** A page with its text in every language it was written in. */
    public record PageContent(String id, boolean required, Map<Language, PageText> texts) {
    }

    /** A page in one language: its title and its sanitized HTML. */
    public record PageText(String title, String html) {
    }

    /** An image or attachment, by its path relative to the course folder. */
    public record ContentFile(String path, String contentType, byte[] bytes) {
    }
}
