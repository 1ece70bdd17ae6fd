package org.collabacademy.course;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A module of a course; retired when it disappears from the content, never deleted. */
@Entity
@Table(name = "course_module")
class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "module_key")
    private String key;

    private String folder = "";

    private int position;

    @Column(name = "estimated_minutes")
    private int estimatedMinutes;

    private boolean retired;

    @ElementCollection
    @CollectionTable(name = "module_text", joinColumns = @JoinColumn(name = "module_id"))
    @MapKeyColumn(name = "language")
    private Map<String, ModuleText> texts = new HashMap<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<CoursePage> pages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "module_quiz", joinColumns = @JoinColumn(name = "module_id"))
    @OrderColumn(name = "position")
    private List<ModuleQuiz> quizzes = new ArrayList<>();

    protected CourseModule() {
        this.course = new Course();
        this.key = "";
    }

    CourseModule(Course course, String key) {
        this.course = course;
        this.key = key;
    }

    /** A quiz of the module: its key, whether it is the graded one, and its titles as JSON ({"en": "…"}). */
    @Embeddable
    record ModuleQuiz(@Column(name = "quiz_key") String key, boolean graded, String titles) {
    }

    /** Objectives are stored one per line. */
    @Embeddable
    record ModuleText(String title, String summary, String objectives) {
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("module not saved yet");
        }
        return id;
    }

    String key() {
        return key;
    }

    int position() {
        return position;
    }

    int estimatedMinutes() {
        return estimatedMinutes;
    }

    boolean retired() {
        return retired;
    }

    Map<String, ModuleText> texts() {
        return texts;
    }

    List<CoursePage> pages() {
        return pages;
    }

    List<ModuleQuiz> quizzes() {
        return quizzes;
    }

    void offer(List<ModuleQuiz> quizzes) {
        if (!this.quizzes.equals(quizzes)) {
            this.quizzes.clear();
            this.quizzes.addAll(quizzes);
        }
    }

    Optional<CoursePage> page(String pageKey) {
        return pages.stream().filter(p -> p.key().equals(pageKey)).findFirst();
    }

    void update(String folder, int position, int estimatedMinutes, Map<String, ModuleText> texts) {
        this.folder = folder;
        this.position = position;
        this.estimatedMinutes = estimatedMinutes;
        this.retired = false;
        this.texts.clear();
        this.texts.putAll(texts);
    }

    void retire() {
        retired = true;
        pages.forEach(CoursePage::retire);
    }
}
