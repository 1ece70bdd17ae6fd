package org.collabacademy.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.ContentProblem;

/** What the authoring views show; plain values, no entities. */
public final class AuthoringViews {

    private AuthoringViews() {
    }

    /** A course the signed-in trainer may edit, with the state of its draft. */
    public record AuthoredCourse(String key, String title, int version, boolean unpublishedChanges, boolean filesWaiting, boolean owner) {
    }

    /** The draft's course, module by module, with the problems publishing would report now. */
    public record Outline(String key, String folder, Language defaultLanguage, List<Language> languages, int basedOn,
                          boolean unpublishedChanges, boolean filesWaiting, String updatedBy, Instant updatedAt,
                          CourseSettings settings, List<ModuleOutline> modules, List<ContentProblem> problems) {

        /** For each page, the course languages it has no file for yet. */
        public Map<PageOutline, Set<Language>> missingTranslations() {
            Map<PageOutline, Set<Language>> missing = new java.util.LinkedHashMap<>();
            modules.forEach(m -> m.pages().forEach(page -> {
                Set<Language> lacking = java.util.EnumSet.noneOf(Language.class);
                languages.stream().filter(l -> !page.languages().contains(l)).forEach(lacking::add);
                missing.put(page, lacking);
            }));
            return missing;
        }

        /** Every page of the course, with the relative link a page in {@code fromModule} writes to reach it. */
        public List<LinkTarget> linkTargets(String fromModule) {
            List<LinkTarget> targets = new java.util.ArrayList<>();
            for (ModuleOutline module : modules) {
                for (PageOutline page : module.pages()) {
                    String link = module.folder().equals(fromModule) ? page.id() + ".md" : "../" + page.path();
                    targets.add(new LinkTarget(module.title() + " › " + page.title(), link));
                }
            }
            return targets;
        }
    }

    public record ModuleOutline(String folder, String id, String title, ModuleSettings settings, List<PageOutline> pages,
                                List<QuizFile> quizzes) {
    }

    /** A page; {@code languages} are those it has a file for. */
    public record PageOutline(String id, String path, String title, boolean required, Set<Language> languages) {

        public String pathIn(Language language, Language defaultLanguage) {
            return language == defaultLanguage ? path : path.substring(0, path.length() - ".md".length()) + "." + language.tag() + ".md";
        }
    }

    public record QuizFile(String path, boolean graded) {
    }

    /** The course manifest's fields a form edits. */
    public record CourseSettings(Map<Language, String> titles, Map<Language, String> summaries, List<Language> languages,
                                 String topics, String trainers, Map<Language, String> issuer, String signer,
                                 Map<Language, String> signerTitle, String color) {
    }

    /** A module manifest's fields a form edits; objectives are one per line. */
    public record ModuleSettings(Map<Language, String> titles, Map<Language, String> summaries, Map<Language, String> objectives,
                                 int estimatedMinutes) {
    }

    /** A draft file's text and the revision it was read at (to be given back when saving). */
    public record DraftText(String path, String text, int revision, String updatedBy, Instant updatedAt, List<String> othersEditing) {
    }

    /** A page rendered as learners will see it, and what is wrong with it. */
    public record Preview(String title, String html, List<ContentProblem> problems) {
    }

    /** A page to link to from the page being edited: its title and the relative link to write. */
    public record LinkTarget(String title, String link) {
    }

    public enum Change { ADDED, CHANGED, REMOVED, UNCHANGED }

    /** What would change in one file: lines added and removed. */
    public record FileChange(String path, Change change, int added, int removed) {
    }

    /** One line of a comparison of two texts. */
    public record DiffLine(Change change, String text) {
    }

    /** An uploaded zip, checked and compared with the draft, waiting for the trainer's confirmation. */
    public record ImportPreview(String token, String courseKey, boolean newCourse, List<FileChange> changes, List<ContentProblem> problems) {

        public boolean acceptable() {
            return problems.isEmpty();
        }
    }

    public record Author(long userId, String name, String email, boolean owner) {
    }
}
