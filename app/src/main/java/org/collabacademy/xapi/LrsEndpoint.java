package org.collabacademy.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An external learning record store that receives a copy of every statement. */
@Entity
@Table(name = "lrs_endpoint")
class LrsEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    private String url;

    private String username = "";

    private String password = "";

    private boolean enabled = true;

    @Column(name = "failing_since")
    private @Nullable Instant failingSince;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    protected LrsEndpoint() {
        this.name = "";
        this.url = "";
        this.createdAt = Instant.EPOCH;
    }

    LrsEndpoint(String name, Instant createdAt) {
        this.name = name;
        this.url = "";
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("endpoint not saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    boolean enabled() {
        return enabled;
    }

    @Nullable Instant failingSince() {
        return failingSince;
    }

    @Nullable String lastError() {
        return lastError;
    }

    void configure(String name, String url, String username, String password, boolean enabled) {
        this.name = name;
        this.url = url;
        this.username = username;
        this.password = password;
        this.enabled = enabled;
    }

    void failed(String error, Instant at) {
        lastError = error;
        if (failingSince == null) {
            failingSince = at;
        }
    }

    void succeeded() {
        failingSince = null;
    }

    /** The statements resource of this LRS (its URL names the xAPI base, with or without a trailing slash). */
    String statementsUrl() {
        return url.endsWith("/") ? url + "statements" : url + "/statements";
    }
}
