package org.collabacademy.course;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A course as last imported; its modules and pages are updated in place by their stable keys. */
@Entity
@Table(name = "course")
class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_key", nullable = false, unique = true)
    private String key;

    private String folder = "";

    @Column(name = "default_language")
    private String defaultLanguage = "en";

    /** Comma-separated language tags, default language first. */
    private String languages = "";

    /** Comma-separated topic tags. */
    private String topics = "";

    /** Comma-separated e-mails of the course's trainers (from course.yaml). */
    private String trainers = "";

    /** The certificate layout from course.yaml, as JSON. */
    private String certificate = "{}";

    @Column(name = "content_version")
    private int contentVersion;

    private String fingerprint = "";

    private int position;

    private boolean retired;

    /** The version online was published in the app: a re-import from files waits for a trainer to confirm it. */
    @Column(name = "edited_in_app")
    private boolean editedInApp;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "course_text", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "language")
    private Map<String, CourseText> texts = new HashMap<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    protected Course() {
        this.key = "";
    }

    Course(String key) {
        this.key = key;
    }

    @Embeddable
    record CourseText(String title, String summary) {
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("course not saved yet");
        }
        return id;
    }

    String key() {
        return key;
    }

    String folder() {
        return folder;
    }

    String defaultLanguage() {
        return defaultLanguage;
    }

    String languages() {
        return languages;
    }

    String topics() {
        return topics;
    }

    String trainers() {
        return trainers;
    }

    String certificate() {
        return certificate;
    }

    int contentVersion() {
        return contentVersion;
    }

    String fingerprint() {
        return fingerprint;
    }

    int position() {
        return position;
    }

    boolean retired() {
        return retired;
    }

    boolean editedInApp() {
        return editedInApp;
    }

    Map<String, CourseText> texts() {
        return texts;
    }

    List<CourseModule> modules() {
        return modules;
    }

    Optional<CourseModule> module(String moduleKey) {
        return modules.stream().filter(m -> m.key().equals(moduleKey)).findFirst();
    }

    void describe(String folder, String defaultLanguage, String languages, String topics, String trainers, String certificate,
                  Map<String, CourseText> texts) {
        this.folder = folder;
        this.certificate = certificate;
        this.trainers = trainers;
        this.defaultLanguage = defaultLanguage;
        this.languages = languages;
        this.topics = topics;
        this.texts.clear();
        this.texts.putAll(texts);
    }

    void publish(int contentVersion, String fingerprint, int position, Instant at, boolean inApp) {
        this.editedInApp = inApp;
        this.contentVersion = contentVersion;
        this.fingerprint = fingerprint;
        this.position = position;
        this.retired = false;
        this.updatedAt = at;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void retire(Instant at) {
        this.retired = true;
        this.updatedAt = at;
    }
}
