package org.collabacademy.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One thing a firm offers or seeks: in which area, in which structure, in a few words. */
@Entity
@Table(name = "partner_entry")
class PartnerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long organizationId;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    @Enumerated(EnumType.STRING)
    private Area area;

    @Enumerated(EnumType.STRING)
    private Structure structure;

    private String text;
    private Instant createdAt;

    protected PartnerEntry() {
        this.kind = EntryKind.OFFER;
        this.area = Area.OTHER;
        this.structure = Structure.INFORMAL_NETWORK;
        this.text = "";
        this.createdAt = Instant.EPOCH;
    }

    PartnerEntry(long organizationId, EntryKind kind, Area area, Structure structure, String text, Instant createdAt) {
        this.organizationId = organizationId;
        this.kind = kind;
        this.area = area;
        this.structure = structure;
        this.text = text;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("entry not saved yet");
        }
        return id;
    }

    long organizationId() {
        return organizationId;
    }

    EntryKind kind() {
        return kind;
    }

    Area area() {
        return area;
    }

    Structure structure() {
        return structure;
    }

    String text() {
        return text;
    }

    DirectoryViews.Entry view() {
        return new DirectoryViews.Entry(id(), kind, area, structure, text);
    }
}
