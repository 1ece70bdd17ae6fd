package org.collabacademy.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One file of a draft; its revision grows with every save, so a save based on an older one is noticed. */
@Entity
@Table(name = "draft_file")
class DraftFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne
    @JoinColumn(name = "draft_id")
    private @Nullable Draft draft;

    private String path;

    private byte[] data;

    private int revision;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected DraftFile() {
        this.path = "";
        this.data = new byte[0];
        this.updatedAt = Instant.EPOCH;
        this.updatedBy = "";
    }

    DraftFile(Draft draft, String path) {
        this();
        this.draft = draft;
        this.path = path;
    }

    String path() {
        return path;
    }

    byte[] data() {
        return data;
    }

    int revision() {
        return revision;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    void write(byte[] data, Instant at, String by) {
        this.data = data;
        this.revision++;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
