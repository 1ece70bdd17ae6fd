package org.collabacademy.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A system allowed to use the Statement API (an authoring tool's content, an analytics tool), with
 * HTTP Basic credentials. Only a hash of the secret is kept. A client may belong to one learner: then it
 * may only write statements about that learner and read only theirs.
 */
@Entity
@Table(name = "lrs_client")
class LrsClient {

    /** What a client may do, as the xAPI spec's OAuth scopes name it. */
    enum Scope {
        STATEMENTS_WRITE("statements/write"), STATEMENTS_READ("statements/read"), STATEMENTS_READ_MINE("statements/read/mine"),
        STATE("state"), DEFINE("define"), PROFILE("profile");

        final String written;

        Scope(String written) {
            this.written = written;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @Column(name = "api_key")
    private String apiKey;

    @Column(name = "secret_hash")
    private String secretHash;

    private String scopes;

    @Column(name = "learner_id")
    private @Nullable Long learnerId;

    private boolean enabled = true;

    @Column(name = "created_at")
    private Instant createdAt;

    protected LrsClient() {
        this.name = "";
        this.apiKey = "";
        this.secretHash = "";
        this.scopes = "";
        this.createdAt = Instant.EPOCH;
    }

    LrsClient(String name, String apiKey, String secretHash, Set<Scope> scopes, @Nullable Long learnerId, Instant createdAt) {
        this.name = name;
        this.apiKey = apiKey;
        this.secretHash = secretHash;
        this.scopes = scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.learnerId = learnerId;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("client not saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    String apiKey() {
        return apiKey;
    }

    String secretHash() {
        return secretHash;
    }

    Set<Scope> scopes() {
        Set<Scope> set = EnumSet.noneOf(Scope.class);
        Arrays.stream(scopes.split(",")).filter(s -> !s.isBlank()).map(Scope::valueOf).forEach(set::add);
        return set;
    }

    @Nullable Long learnerId() {
        return learnerId;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    void enable(boolean on) {
        this.enabled = on;
    }
}
