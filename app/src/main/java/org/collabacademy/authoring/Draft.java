package org.collabacademy.authoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** A course's working copy: a course folder held in the database, file by file. */
@Entity
@Table(name = "course_draft")
class Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_key")
    private String courseKey;

    private String folder;

    @Column(name = "based_on")
    private int basedOn;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DraftFile> files = new ArrayList<>();

    protected Draft() {
        this.courseKey = "";
        this.folder = "";
        this.updatedAt = Instant.EPOCH;
        this.updatedBy = "";
    }

    Draft(String courseKey, String folder, int basedOn, Instant at, String by) {
        this.courseKey = courseKey;
        this.folder = folder;
        this.basedOn = basedOn;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    String courseKey() {
        return courseKey;
    }

    String folder() {
        return folder;
    }

    int basedOn() {
        return basedOn;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    Optional<DraftFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Every file by path, in path order: the folder the importer reads. */
    Map<String, byte[]> contents() {
        Map<String, byte[]> all = new TreeMap<>();
        files.forEach(f -> all.put(f.path(), f.data()));
        return all;
    }

    /** Writes one file (a new revision) and notes who changed the draft. */
    DraftFile write(String path, byte[] data, Instant at, String by) {
        DraftFile file = file(path).orElseGet(() -> {
            DraftFile created = new DraftFile(this, path);
            files.add(created);
            return created;
        });
        file.write(data, at, by);
        touch(at, by);
        return file;
    }

    void delete(String path, Instant at, String by) {
        files.removeIf(f -> f.path().equals(path));
        touch(at, by);
    }

    /** Replaces every file (a rollback, an imported zip, the folder's version): the paths that stay keep counting revisions. */
    void replaceAll(Map<String, byte[]> contents, int basedOn, Instant at, String by) {
        files.removeIf(f -> !contents.containsKey(f.path()));
        contents.forEach((path, data) -> {
            boolean same = file(path).map(f -> java.util.Arrays.equals(f.data(), data)).orElse(false);
            if (!same) {
                write(path, data, at, by);
            }
        });
        this.basedOn = basedOn;
        touch(at, by);
    }

    void publishedAs(int version) {
        this.basedOn = version;
    }

    private void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
