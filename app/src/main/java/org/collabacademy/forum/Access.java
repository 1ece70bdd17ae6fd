package org.collabacademy.forum;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.SignedIn;
import org.collabacademy.course.CourseCatalog;
import org.collabacademy.progress.Enrolments;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read, post and moderate where. Open communities: every signed-in user. Members-only communities:
 * their members. A course board: the course's enrolled learners and trainers. Moderators and administrators
 * read and moderate everywhere; community moderators and a course's trainers moderate their place.
 */
@Component
class Access {

    private final PlaceRepository places;
    private final MemberRepository members;
    private final Enrolments enrolments;
    private final CourseCatalog catalog;
    private final Clock clock;

    Access(PlaceRepository places, MemberRepository members, Enrolments enrolments, CourseCatalog catalog, Clock clock) {
        this.places = places;
        this.members = members;
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.clock = clock;
    }

    static SignedIn signedIn() {
        return SignedIn.current().orElseThrow(() -> new AuthorizationDeniedException("No one is signed in"));
    }

    static boolean isStaff() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_MODERATOR"));
    }

    static boolean isAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }

    Place place(String key) {
        return places.findByPlaceKey(key).orElseThrow(() -> new InvalidInput("place", "forum.no-such-place"));
    }

    Place place(long id) {
        return places.findById(id).orElseThrow(() -> new InvalidInput("place", "forum.no-such-place"));
    }

    Place placeOfCourse(String courseKey) {
        return places.findByKindAndCourseKey(PlaceKind.COURSE_BOARD, courseKey).orElseThrow(() -> new InvalidInput("course", "forum.no-such-place"));
    }

    Optional<Member> membership(Place place) {
        return members.findByPlaceIdAndUserId(place.id(), signedIn().userId());
    }

    boolean canRead(Place place) {
        if (isStaff()) {
            return true;
        }
        return switch (place.kind()) {
            case COMMUNITY -> place.access() == PlaceAccess.OPEN || membership(place).map(Member::isMember).orElse(false);
            case COURSE_BOARD -> trainsOrLearns(place);
        };
    }

    boolean canModerate(Place place) {
        if (isStaff()) {
            return true;
        }
        return switch (place.kind()) {
            case COMMUNITY -> membership(place).map(m -> m.isMember() && m.moderator()).orElse(false);
            case COURSE_BOARD -> trains(place);
        };
    }

    /** Readers may post unless a moderator has muted them here for a while. */
    boolean canPost(Place place) {
        return canRead(place) && membership(place).map(m -> !m.isMuted(clock.instant())).orElse(true);
    }

    void requireRead(Place place) {
        if (!canRead(place)) {
            throw new AuthorizationDeniedException("Not a reader of " + place.key());
        }
    }

    void requirePost(Place place) {
        if (!canRead(place)) {
            throw new AuthorizationDeniedException("Not a reader of " + place.key());
        }
        if (!canPost(place)) {
            throw new InvalidInput("text", "forum.muted");
        }
    }

    void requireModerate(Place place) {
        if (!canModerate(place)) {
            throw new AuthorizationDeniedException("Not a moderator of " + place.key());
        }
    }

    /** Every place the signed-in user may read (for lists and search). */
    Set<Long> readable() {
        List<Place> all = places.findAll();
        if (isStaff()) {
            return new HashSet<>(all.stream().map(Place::id).toList());
        }
        Set<Long> memberOf = new HashSet<>(members.findByUserId(signedIn().userId()).stream().filter(Member::isMember).map(Member::placeId).toList());
        Set<String> myCourses = enrolments.myActiveCourseKeys();
        String email = signedIn().email();
        Set<Long> readable = new HashSet<>();
        for (Place place : all) {
            boolean may = switch (place.kind()) {
                case COMMUNITY -> place.access() == PlaceAccess.OPEN || memberOf.contains(place.id());
                case COURSE_BOARD -> place.courseKey() != null && (myCourses.contains(place.courseKey())
                        || catalog.course(place.courseKey()).map(c -> c.isTrainer(email)).orElse(false));
            };
            if (may) {
                readable.add(place.id());
            }
        }
        return readable;
    }

    /** Whether someone else (to be notified) may read a place: by membership, enrolment or training. */
    boolean mayRead(Place place, ForumProfile person) {
        return switch (place.kind()) {
            case COMMUNITY -> place.access() == PlaceAccess.OPEN
                    || members.findByPlaceIdAndUserId(place.id(), person.userId()).map(Member::isMember).orElse(false);
            case COURSE_BOARD -> place.courseKey() != null && (enrolments.isEnrolled(person.userId(), place.courseKey())
                    || catalog.course(place.courseKey()).map(c -> c.isTrainer(person.email())).orElse(false));
        };
    }

    private boolean trainsOrLearns(Place place) {
        return place.courseKey() != null && (enrolments.myActiveCourseKeys().contains(place.courseKey()) || trains(place));
    }

    private boolean trains(Place place) {
        return place.courseKey() != null && catalog.course(place.courseKey()).map(c -> c.isTrainer(signedIn().email())).orElse(false);
    }
}
