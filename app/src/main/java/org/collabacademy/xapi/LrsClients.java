package org.collabacademy.xapi;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.collabacademy.base.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators manage who may use the Statement API: a key and secret per client, with its scopes. */
@Service
public class LrsClients {

    /** A client as the administration lists it (never with its secret). */
    public record ClientView(long id, String name, String key, Set<String> scopes, @Nullable Long learnerId, boolean enabled, Instant createdAt) {
    }

    /** The credentials of a new client: the secret is shown this once, only its hash is kept. */
    public record Credentials(String key, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LrsClientRepository clients;
    private final PasswordEncoder passwords;
    private final LrsAuthentication authentication;
    private final Clock clock;

    LrsClients(LrsClientRepository clients, PasswordEncoder passwords, LrsAuthentication authentication, Clock clock) {
        this.clients = clients;
        this.passwords = passwords;
        this.authentication = authentication;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ClientView> list() {
        return clients.findAll().stream().map(LrsClients::view).toList();
    }

    /**
     * Creates a client with the given scopes (written as in the spec: {@code statements/write},
     * {@code statements/read}, {@code statements/read/mine}, {@code state}, {@code define}, {@code profile}).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Credentials create(String name, Set<String> scopes, @Nullable Long learnerId) {
        if (name.isBlank() || name.length() > 100) {
            throw new InvalidInput("name", "lrs-clients.name-required");
        }
        if (clients.findByName(name.strip()).isPresent()) {
            throw new InvalidInput("name", "lrs-clients.name-taken", name.strip());
        }
        if (scopes.isEmpty()) {
            throw new InvalidInput("scopes", "lrs-clients.scopes-required");
        }
        Set<LrsClient.Scope> parsed = java.util.EnumSet.noneOf(LrsClient.Scope.class);
        for (String scope : scopes) {
            parsed.add(java.util.Arrays.stream(LrsClient.Scope.values()).filter(s -> s.written.equals(scope)).findFirst()
                    .orElseThrow(() -> new InvalidInput("scopes", "lrs-clients.unknown-scope", scope)));
        }
        String key = token(12);
        String secret = token(24);
        clients.save(new LrsClient(name.strip(), key, passwords.encode(secret), parsed, learnerId, clock.instant()));
        return new Credentials(key, secret);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void enable(long clientId, boolean enabled) {
        LrsClient client = clients.findById(clientId).orElseThrow(() -> new InvalidInput("client", "lrs-clients.not-found"));
        client.enable(enabled);
        authentication.forget(client.apiKey());
    }

    private static ClientView view(LrsClient client) {
        return new ClientView(client.id(), client.name(), client.apiKey(),
                client.scopes().stream().map(s -> s.written).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                client.learnerId(), client.enabled(), client.createdAt());
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
