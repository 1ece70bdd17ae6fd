package org.collabacademy.xapi;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Statement API's own security: HTTP Basic with client keys (never user passwords), no session, no
 * CSRF (no cookies are used), CORS open for content served from anywhere, the xAPI version header on
 * every response and checked on every request, and a rate limit per client.
 */
@Configuration
class LrsSecurity {

    static final String VERSION = "1.0.3";

    @Bean
    @Order(0)
    SecurityFilterChain statementApi(HttpSecurity http, LrsAuthentication clients, XapiSettings settings) throws Exception {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(List.of("*"));
        cors.setAllowedMethods(List.of("GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS"));
        cors.setAllowedHeaders(List.of("*"));
        cors.setExposedHeaders(List.of("ETag", "Last-Modified", "X-Experience-API-Version", "X-Experience-API-Consistent-Through"));
        UrlBasedCorsConfigurationSource corsSource = new UrlBasedCorsConfigurationSource();
        corsSource.registerCorsConfiguration("/xapi/**", cors);
        return http.securityMatcher("/xapi/**")
                .authenticationManager(clients::authenticate)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(org.springframework.http.HttpMethod.OPTIONS, "/xapi/**").permitAll()
                        .requestMatchers("/xapi/about").permitAll()
                        .anyRequest().hasAuthority(LrsAuthentication.CLIENT))
                .httpBasic(basic -> basic.realmName("CollabAcademy LRS"))
                .cors(c -> c.configurationSource(corsSource))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new AlternateRequestSyntax(), org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .addFilterBefore(new VersionHeader(), BasicAuthenticationFilter.class)
                .addFilterAfter(new RateLimit(settings.api().requestsPerMinute()), BasicAuthenticationFilter.class)
                .build();
    }

    /** Adds the version to every response; refuses a request without a 1.0.x version (the About resource excepted). */
    static final class VersionHeader extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
            response.setHeader("X-Experience-API-Version", VERSION);
            String version = request.getHeader("X-Experience-API-Version");
            boolean exempt = request.getRequestURI().endsWith("/xapi/about") || "OPTIONS".equals(request.getMethod());
            if (!exempt && (version == null || !version.matches("1\\.0(\\.\\d+)?"))) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                        version == null ? "X-Experience-API-Version header is missing" : "X-Experience-API-Version " + version + " is not supported (1.0.x is)");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** A token bucket per client: a runaway client gets 429 and a Retry-After, others are not slowed. */
    static final class RateLimit extends OncePerRequestFilter {
        private final int perMinute;
        private final Cache<Long, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(10_000).build();

        RateLimit(int perMinute) {
            this.perMinute = perMinute;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof LrsCaller caller) {
                Bucket bucket = buckets.get(caller.clientId(), id -> Bucket.builder()
                        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build());
                var probe = bucket.tryConsumeAndReturnRemaining(1);
                if (!probe.isConsumed()) {
                    response.setHeader("Retry-After", String.valueOf(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds())));
                    response.sendError(429, "Too many requests for this client");
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
