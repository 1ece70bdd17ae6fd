package org.collabacademy.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.collabacademy.authoring.AuthoringViews.Author;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.CoursePublishing;
import org.collabacademy.course.CoursePublishing.PublishedCourse;
import org.collabacademy.identity.AccountService;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may edit which course in the app: administrators every course; a trainer the courses they own or
 * co-author, and those whose course.yaml names them among its trainers. The owner manages co-authors.
 */
@Service
public class CourseAuthors {

    private final CourseAuthorRepository authors;
    private final CoursePublishing publishing;
    private final AccountService accounts;

    CourseAuthors(CourseAuthorRepository authors, CoursePublishing publishing, AccountService accounts) {
        this.authors = authors;
        this.publishing = publishing;
        this.accounts = accounts;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Author> authors(String courseKey) {
        requireAuthor(courseKey);
        List<CourseAuthor> rows = authors.ofCourse(courseKey);
        Map<Long, UserSummary> byId = new java.util.HashMap<>();
        accounts.findByIds(rows.stream().map(a -> a.key().userId()).toList()).forEach(u -> byId.put(u.id(), u));
        List<Author> result = new ArrayList<>();
        for (CourseAuthor row : rows) {
            UserSummary user = byId.get(row.key().userId());
            if (user != null) {
                result.add(new Author(user.id(), user.displayName(), user.email(), row.owner()));
            }
        }
        result.sort(java.util.Comparator.comparing(Author::owner).reversed().thenComparing(Author::name));
        return result;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void addCoAuthor(String courseKey, String email) {
        requireOwner(courseKey);
        UserSummary user = accounts.findByEmails(List.of(email)).values().stream().findFirst()
                .orElseThrow(() -> new InvalidInput("email", "authoring.no-such-trainer", email.strip()));
        if (!user.has(Role.TRAINER) && !user.has(Role.ADMIN)) {
            throw new InvalidInput("email", "authoring.not-a-trainer", user.displayName());
        }
        if (authors.existsById(new CourseAuthor.Key(courseKey, user.id()))) {
            throw new InvalidInput("email", "authoring.already-author", user.displayName());
        }
        authors.save(new CourseAuthor(courseKey, user.id(), false));
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public void removeCoAuthor(String courseKey, long userId) {
        requireOwner(courseKey);
        authors.findById(new CourseAuthor.Key(courseKey, userId)).filter(a -> !a.owner()).ifPresent(authors::delete);
    }

    /** The course keys the signed-in person may edit, among those online, retired, or only drafted. */
    List<String> editable(List<PublishedCourse> published, List<String> drafted) {
        SignedIn me = me();
        java.util.Set<String> keys = new java.util.TreeSet<>(authors.coursesOf(me.userId()));
        String email = me.email().toLowerCase(Locale.ROOT);
        for (PublishedCourse course : published) {
            if (isAdmin() || course.trainers().contains(email)) {
                keys.add(course.key());
            }
        }
        if (isAdmin()) {
            keys.addAll(drafted);
        }
        return List.copyOf(keys);
    }

    boolean isOwner(String courseKey) {
        return isAdmin() || authors.findById(new CourseAuthor.Key(courseKey, me().userId())).map(CourseAuthor::owner).orElse(false);
    }

    void requireAuthor(String courseKey) {
        if (isAdmin() || authors.existsById(new CourseAuthor.Key(courseKey, me().userId()))) {
            return;
        }
        String email = me().email().toLowerCase(Locale.ROOT);
        boolean namedTrainer = publishing.course(courseKey).filter(c -> c.trainers().contains(email)).isPresent();
        if (!namedTrainer) {
            throw new AuthorizationDeniedException("not an author of " + courseKey);
        }
    }

    void requireOwner(String courseKey) {
        if (!isOwner(courseKey)) {
            throw new AuthorizationDeniedException("only the owner of " + courseKey + " manages its authors");
        }
    }

    void makeOwner(String courseKey) {
        authors.save(new CourseAuthor(courseKey, me().userId(), true));
    }

    static SignedIn me() {
        return SignedIn.current().orElseThrow(() -> new AuthorizationDeniedException("not signed in"));
    }

    private static boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }
}
