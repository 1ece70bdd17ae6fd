package org.collabacademy.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collabacademy.base.Language;

/**
 * The shape of a published course for the catalog and the reader: modules and pages in order, with
 * their titles in every language. Immutable; rebuilt when the content version changes.
 */
public record CourseOutline(
        long id,
        String key,
        int version,
        Language defaultLanguage,
        List<Language> languages,
        List<String> topics,
        List<String> trainers,
        org.collabacademy.course.content.CertificateLayout certificate,
        Map<Language, String> titles,
        Map<Language, String> summaries,
        List<ModuleOutline> modules) {

    public record ModuleOutline(
            long id,
            String key,
            Map<Language, String> titles,
            Map<Language, String> summaries,
            Map<Language, List<String>> objectives,
            int estimatedMinutes,
            List<PageOutline> pages,
            List<QuizLink> quizzes) {

        public Optional<PageOutline> page(String pageKey) {
            return pages.stream().filter(p -> p.key().equals(pageKey)).findFirst();
        }

        /** The graded quiz that completes the module, if it has one. */
        public Optional<QuizLink> gradedQuiz() {
            return quizzes.stream().filter(QuizLink::graded).findFirst();
        }
    }

    /** A quiz or self-assessment of a module, with the stable address of its page. */
    public record QuizLink(String courseKey, String moduleKey, String key, boolean graded, Map<Language, String> titles) {

        public String path() {
            return "courses/" + courseKey + "/" + moduleKey + "/quiz/" + key;
        }
    }

    public record PageOutline(long id, String key, boolean required, Map<Language, String> titles) {
    }

    /** A page's place in a course: what a stable, shareable URL names. */
    public record PageAddress(String courseKey, String moduleKey, String pageKey) {

        public String path() {
            return "courses/" + courseKey + "/" + moduleKey + "/" + pageKey;
        }
    }

    /** Whether this e-mail belongs to one of the course's trainers. */
    public boolean isTrainer(String email) {
        return trainers.contains(email.toLowerCase(java.util.Locale.ROOT));
    }

    public String title(Language language) {
        return Localized.pick(titles, language, defaultLanguage);
    }

    public String summary(Language language) {
        return Localized.pick(summaries, language, defaultLanguage);
    }

    public Optional<ModuleOutline> module(String moduleKey) {
        return modules.stream().filter(m -> m.key().equals(moduleKey)).findFirst();
    }

    public int estimatedMinutes() {
        return modules.stream().mapToInt(ModuleOutline::estimatedMinutes).sum();
    }

    public int pageCount() {
        return modules.stream().mapToInt(m -> m.pages().size()).sum();
    }

    /** Every page of the course in reading order, across modules. */
    public List<PageAddress> readingOrder() {
        List<PageAddress> order = new ArrayList<>();
        for (ModuleOutline module : modules) {
            for (PageOutline page : module.pages()) {
                order.add(new PageAddress(key, module.key(), page.key()));
            }
        }
        return order;
    }

    public Optional<PageAddress> firstPage() {
        return readingOrder().stream().findFirst();
    }

    public Optional<PageAddress> addressOf(long pageId) {
        for (ModuleOutline module : modules) {
            for (PageOutline page : module.pages()) {
                if (page.id() == pageId) {
                    return Optional.of(new PageAddress(key, module.key(), page.key()));
                }
            }
        }
        return Optional.empty();
    }
}
