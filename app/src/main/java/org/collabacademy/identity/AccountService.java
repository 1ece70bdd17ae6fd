package org.collabacademy.identity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.InvalidInput.Problem;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts and managing who may do what. */
@Service
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Validator validator;
    private final UserSessions sessions;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                   Validator validator, UserSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Anyone may sign up; every problem is reported at once and nothing is stored unless all is well. */
    @PreAuthorize("permitAll()")
    public UserSummary signUp(SignUp form) {
        return create(form, EnumSet.of(Role.LEARNER));
    }

    /** Used by the start-up of the first administrator and of the demo accounts, which run before anyone signs in. */
    UserSummary create(SignUp submitted, Set<Role> roles) {
        SignUp form = new SignUp(strip(submitted.displayName()), strip(submitted.email()), submitted.password(),
                strip(submitted.organization()), submitted.language());
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<SignUp> v : validator.validate(form)) {
            problems.add(new Problem(v.getPropertyPath().toString(), messageKey(v.getMessageTemplate()), limitOf(v)));
        }
        // the password is checked even when the e-mail is wrong, so that every field gets its message at once
        if (form.password() != null) {
            passwordPolicy.check(form.password(), form.email() == null ? "" : form.email())
                    .ifPresent(key -> problems.add(new Problem("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)));
        }
        if (problems.isEmpty() && accounts.existsByEmail(UserAccount.normalizeEmail(form.email()))) {
            problems.add(new Problem("email", "signup.email.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(firstPerField(problems));
        }
        UserAccount account = new UserAccount(form.email(), form.displayName(), form.organization(), passwordEncoder.encode(form.password()),
                roles, form.language(), clock.instant());
        try {
            return accounts.saveAndFlush(account).summary();
        } catch (DataIntegrityViolationException raceWithAnotherSignUp) {
            throw new InvalidInput("email", "signup.email.taken");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<UserSummary> findUsers(String text, Pageable page) {
        return accounts.search(escapeLike(text.strip()), page).map(UserAccount::summary);
    }

    /**
     * Changes what an account may do, all or nothing. Every account keeps LEARNER; administrators cannot
     * demote or disable themselves. Disabling ends the account's open sessions at their next request.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary updateAccess(long userId, Set<Role> roles, boolean enabled) {
        UserAccount account = find(userId);
        if (isCurrentUser(account) && !roles.contains(Role.ADMIN)) {
            throw new InvalidInput("roles", "users.cannot-demote-self");
        }
        if (isCurrentUser(account) && !enabled) {
            throw new InvalidInput("enabled", "users.cannot-disable-self");
        }
        account.changeRoles(roles.isEmpty() ? EnumSet.of(Role.LEARNER) : EnumSet.copyOf(roles));
        account.setEnabled(enabled);
        if (!enabled) {
            sessions.endAll(account.email());
        }
        return account.summary();
    }

    /** For enrolling a pasted list of e-mails: the accounts found, by normalized e-mail. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, UserSummary> findByEmails(Collection<String> emails) {
        Map<String, UserSummary> found = new LinkedHashMap<>();
        for (String email : emails) {
            String normalized = UserAccount.normalizeEmail(email);
            accounts.findByEmail(normalized).filter(UserAccount::enabled).ifPresent(a -> found.put(normalized, a.summary()));
        }
        return found;
    }

    /** The accounts with these ids (for showing a course's authors), in no particular order. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> findByIds(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().map(UserAccount::summary).toList();
    }

    /** Everyone who said they work for this organization (for enrolling a whole firm). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> membersOf(String organization) {
        return accounts.findByOrganizationIgnoreCaseAndEnabledTrue(organization.strip()).stream().map(UserAccount::summary).toList();
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<String> organizations() {
        return accounts.organizations();
    }

    private UserAccount find(long userId) {
        return accounts.findById(userId).orElseThrow(() -> new InvalidInput("user", "users.not-found"));
    }

    private static boolean isCurrentUser(UserAccount account) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && account.email().equals(authentication.getName());
    }

    /**
     * One message per field, in field order. A field can break several constraints (a 10,000-character
     * e-mail is too long and not an address); the validator reports them in no fixed order, so the most
     * basic one wins: missing before too long before the rest.
     */
    private static List<Problem> firstPerField(List<Problem> problems) {
        Map<String, Problem> first = new TreeMap<>();
        problems.stream().sorted(Comparator.comparingInt(AccountService::rank)).forEach(p -> first.putIfAbsent(p.field(), p));
        return List.copyOf(first.values());
    }

    private static int rank(Problem problem) {
        return switch (problem.messageKey()) {
            case "validation.required" -> 0;
            case "validation.too-long" -> 1;
            default -> 2;
        };
    }

    private static String messageKey(String template) {
        return template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
    }

    private static Object limitOf(ConstraintViolation<?> violation) {
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        return max == null ? "" : max;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
