package org.collabacademy.xapi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a client's HTTP Basic key and secret. The slow password hash is checked once; a verified pair
 * is remembered (by a SHA-256 of key and secret) for a few minutes, so that a busy client does not pay
 * the hash on every request. Disabling a client forgets it at once.
 */
@Component
class LrsAuthentication {

    static final String CLIENT = "LRS_CLIENT";

    private final LrsClientRepository clients;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Cache<String, LrsCaller> verified = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();

    LrsAuthentication(LrsClientRepository clients, PasswordEncoder passwords, TransactionTemplate transactions) {
        this.clients = clients;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    /**
     * Not an AuthenticationProvider bean on purpose: that would replace the accounts' sign-in globally.
     * The Statement API's own filter chain wraps it (see LrsSecurity).
     */
    Authentication authenticate(Authentication request) {
        String key = request.getName();
        String secret = String.valueOf(request.getCredentials());
        String fingerprint = sha256(key + ":" + secret);
        LrsCaller caller = verified.getIfPresent(fingerprint);
        if (caller == null) {
            caller = transactions.execute(status -> clients.findByApiKey(key)
                    .filter(LrsClient::enabled)
                    .filter(c -> passwords.matches(secret, c.secretHash()))
                    .map(c -> new LrsCaller(c.id(), c.apiKey(), c.name(), c.scopes(), c.learnerId()))
                    .orElse(null));
            if (caller == null) {
                throw new BadCredentialsException("unknown key or wrong secret");
            }
            verified.put(fingerprint, caller);
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(CLIENT));
        caller.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope.name())));
        return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
    }

    void forget(String apiKey) {
        verified.asMap().values().removeIf(c -> c.apiKey().equals(apiKey));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
