package org.collabacademy.forum;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An image attached to posts of one place, checked by its content (type and size) before it was stored. */
@Entity
@Table(name = "forum_attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long placeId;

    private long uploaderId;

    private String contentType;

    private int width;

    private int height;

    @Basic(fetch = FetchType.LAZY)
    private byte[] data;

    private Instant createdAt;

    protected Attachment() {
        this.contentType = "";
        this.data = new byte[0];
        this.createdAt = Instant.EPOCH;
    }

    Attachment(long placeId, long uploaderId, String contentType, int width, int height, byte[] data, Instant createdAt) {
        this.placeId = placeId;
        this.uploaderId = uploaderId;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.data = data;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("attachment not saved yet");
        }
        return id;
    }

    long placeId() {
        return placeId;
    }

    String contentType() {
        return contentType;
    }

    byte[] data() {
        return data;
    }
}
