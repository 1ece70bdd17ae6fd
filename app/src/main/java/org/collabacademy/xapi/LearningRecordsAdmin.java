package org.collabacademy.xapi;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.course.CourseOutline;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsing and exporting the statement store (trainers: their courses only), and the external learning
 * record stores: configuration, delivery figures, dead letters, retry and discard (administrators).
 */
@Service
@Transactional
public class LearningRecordsAdmin {

    /** Filters of the statement browser; empty strings and nulls mean "any". */
    public record StatementQuery(@Nullable Long learnerId, String verb, String courseKey, Instant since, Instant until) {

        public static StatementQuery everything() {
            return new StatementQuery(null, "", "", Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
        }
    }

    /** An endpoint with its delivery figures; {@code alert} when it has failed for longer than the configured time. */
    public record EndpointStatus(long id, String name, String url, String username, boolean enabled, long backlog, long delivered,
                                 long dead, @Nullable String lastError, @Nullable Instant failingSince, boolean alert) {
    }

    public record DeadLetter(String statementId, int attempts, String reason) {
    }

    public record EndpointForm(@Nullable Long id, String name, String url, String username, String password, boolean enabled) {
    }

    private final StoredStatementRepository statements;
    private final LrsEndpointRepository endpoints;
    private final LrsDeliveryRepository deliveries;
    private final CourseCatalog catalog;
    private final XapiSettings settings;
    private final EnabledEndpoints enabledEndpoints;
    private final Clock clock;

    LearningRecordsAdmin(StoredStatementRepository statements, LrsEndpointRepository endpoints, LrsDeliveryRepository deliveries,
                         CourseCatalog catalog, XapiSettings settings, EnabledEndpoints enabledEndpoints, Clock clock) {
        this.statements = statements;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.catalog = catalog;
        this.settings = settings;
        this.enabledEndpoints = enabledEndpoints;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<StatementRecord> browse(StatementQuery query, Pageable page) {
        Set<String> mine = visibleCourses();
        return statements.browse(mine == null, mine == null ? Set.of("") : mine.isEmpty() ? Set.of("") : mine,
                query.learnerId() == null ? -1 : query.learnerId(), query.verb(), query.courseKey(), query.since(), query.until(),
                page.getSort().isSorted() ? page : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "storedAt")))
                .map(StoredStatement::record);
    }

    /** Up to 10,000 statements as a JSON array, newest first, exactly as stored. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public String exportJson(StatementQuery query) {
        return browse(query, PageRequest.of(0, 10_000, Sort.by(Sort.Direction.DESC, "storedAt"))).stream()
                .map(StatementRecord::json).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<EndpointStatus> endpoints() {
        Instant alertBefore = clock.instant().minus(settings.delivery().alertAfter());
        return endpoints.findAll(Sort.by("name")).stream().map(e -> new EndpointStatus(e.id(), e.name(), e.url(), e.username(), e.enabled(),
                deliveries.count(e.id(), DeliveryStatus.PENDING), deliveries.count(e.id(), DeliveryStatus.DELIVERED),
                deliveries.count(e.id(), DeliveryStatus.DEAD), e.lastError(), e.failingSince(),
                e.enabled() && e.failingSince() != null && e.failingSince().isBefore(alertBefore))).toList();
    }

    /** Adds or changes an endpoint; the address must be http(s), the name unique. Statements from now on are forwarded. */
    @PreAuthorize("hasRole('ADMIN')")
    public EndpointStatus saveEndpoint(EndpointForm form) {
        String name = form.name().strip();
        String url = form.url().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInput("name", name.isEmpty() ? "validation.required" : "validation.too-long", 100);
        }
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || url.length() > 1000) {
                throw new IllegalArgumentException(url);
            }
        } catch (IllegalArgumentException notAnAddress) {
            throw new InvalidInput("url", "records.bad-url");
        }
        endpoints.findByName(name).filter(other -> form.id() == null || other.id() != form.id()).ifPresent(other -> {
            throw new InvalidInput("name", "records.name-taken");
        });
        LrsEndpoint endpoint = form.id() == null ? new LrsEndpoint(name, clock.instant())
                : endpoints.findById(form.id()).orElseThrow(() -> new InvalidInput("name", "records.no-endpoint"));
        String password = form.password().isEmpty() && form.id() != null ? endpoint.password() : form.password();
        endpoint.configure(name, url, form.username().strip(), password, form.enabled());
        endpoints.save(endpoint);
        enabledEndpoints.forget();
        return endpoints().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DeadLetter> deadLetters(long endpointId) {
        return deliveries.dead(endpointId).stream()
                .map(d -> new DeadLetter(d.statementId().toString(), d.attempts(), d.lastError() == null ? "" : d.lastError())).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int retryDeadLetters(long endpointId) {
        List<LrsDelivery> dead = deliveries.dead(endpointId);
        Instant now = clock.instant();
        dead.forEach(d -> d.retryNow(now));
        return dead.size();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int discardDeadLetters(long endpointId) {
        List<LrsDelivery> dead = deliveries.dead(endpointId);
        dead.forEach(LrsDelivery::discard);
        return dead.size();
    }

    /** Null for administrators (every course); otherwise the courses the trainer follows. */
    private @Nullable Set<String> visibleCourses() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"))) {
            return null;
        }
        String email = SignedIn.current().map(SignedIn::email).orElse("");
        return catalog.courses().stream().filter(c -> c.isTrainer(email)).map(CourseOutline::key).collect(Collectors.toSet());
    }
}
