package org.collabacademy.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.collabacademy.course.content.QuizDefinition.Kind;
import org.jspecify.annotations.Nullable;

/** A quiz of a module, known by its address {@code course/module/quiz}; its definitions live in versions. */
@Entity
@Table(name = "quiz")
class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String address;

    @Column(name = "course_key")
    private String courseKey;

    @Column(name = "module_key")
    private String moduleKey;

    @Column(name = "quiz_key")
    private String quizKey;

    @Enumerated(EnumType.STRING)
    private Kind kind = Kind.GRADED;

    @Column(name = "current_version")
    private int currentVersion;

    /** The module's titles as JSON, for headings and links back to the module. */
    @Column(name = "module_titles")
    private String moduleTitles = "{}";

    private boolean retired;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.EPOCH;

    protected Quiz() {
        this.address = "";
        this.courseKey = "";
        this.moduleKey = "";
        this.quizKey = "";
    }

    Quiz(String courseKey, String moduleKey, String quizKey) {
        this.courseKey = courseKey;
        this.moduleKey = moduleKey;
        this.quizKey = quizKey;
        this.address = address(courseKey, moduleKey, quizKey);
    }

    static String address(String courseKey, String moduleKey, String quizKey) {
        return courseKey + "/" + moduleKey + "/" + quizKey;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("quiz not saved yet");
        }
        return id;
    }

    String address() {
        return address;
    }

    String courseKey() {
        return courseKey;
    }

    String moduleKey() {
        return moduleKey;
    }

    int currentVersion() {
        return currentVersion;
    }

    String moduleTitles() {
        return moduleTitles;
    }

    boolean retired() {
        return retired;
    }

    void publish(Kind kind, int version, String moduleTitles, Instant at) {
        this.kind = kind;
        this.currentVersion = version;
        this.moduleTitles = moduleTitles;
        this.retired = false;
        this.updatedAt = at;
    }

    void retire(Instant at) {
        this.retired = true;
        this.updatedAt = at;
    }
}
