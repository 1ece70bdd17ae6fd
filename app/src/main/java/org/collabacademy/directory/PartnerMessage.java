package org.collabacademy.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message in the private conversation of two organizations that accepted each other. */
@Entity
@Table(name = "partner_message")
class PartnerMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long interestId;
    private long authorId;
    private String authorName;
    private String text;
    private Instant createdAt;

    protected PartnerMessage() {
        this.authorName = "";
        this.text = "";
        this.createdAt = Instant.EPOCH;
    }

    PartnerMessage(long interestId, long authorId, String authorName, String text, Instant createdAt) {
        this.interestId = interestId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.text = text;
        this.createdAt = createdAt;
    }

    long authorId() {
        return authorId;
    }

    String authorName() {
        return authorName;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }
}
