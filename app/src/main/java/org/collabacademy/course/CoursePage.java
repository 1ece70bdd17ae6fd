package org.collabacademy.course;

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
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A page of a module, with its text per language. Learners' reading records point to it by id. */
@Entity
@Table(name = "course_page")
class CoursePage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(name = "page_key")
    private String key;

    private int position;

    private boolean required;

    private boolean retired;

    @ElementCollection
    @CollectionTable(name = "page_text", joinColumns = @JoinColumn(name = "page_id"))
    @MapKeyColumn(name = "language")
    private Map<String, PageText> texts = new HashMap<>();

    protected CoursePage() {
        this.module = new CourseModule();
        this.key = "";
    }

    CoursePage(CourseModule module, String key) {
        this.module = module;
        this.key = key;
    }

    @Embeddable
    record PageText(String title, String html) {
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("page not saved yet");
        }
        return id;
    }

    String key() {
        return key;
    }

    int position() {
        return position;
    }

    boolean required() {
        return required;
    }

    boolean retired() {
        return retired;
    }

    Map<String, PageText> texts() {
        return texts;
    }

    void update(int position, boolean required, Map<String, PageText> texts) {
        this.position = position;
        this.required = required;
        this.retired = false;
        if (!this.texts.equals(texts)) {
            this.texts.clear();
            this.texts.putAll(texts);
        }
    }

    void retire() {
        retired = true;
    }
}
