package org.collabacademy.forum;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.ForumViews.MemberLine;
import org.collabacademy.forum.ForumViews.PlaceOverview;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communities of practice and course boards as places: the list a user sees, creating communities
 * (administrators), joining and leaving, join requests that moderators decide, and community moderators.
 */
@Service
@Transactional
public class Communities {

    private final PlaceRepository places;
    private final MemberRepository members;
    private final ThreadRepository threads;
    private final SubscriptionRepository subscriptions;
    private final ForumProfileRepository people;
    private final Access access;
    private final Profiles profiles;
    private final ModerationLog moderation;
    private final Clock clock;

    Communities(PlaceRepository places, MemberRepository members, ThreadRepository threads, SubscriptionRepository subscriptions,
                ForumProfileRepository people, Access access, Profiles profiles, ModerationLog moderation, Clock clock) {
        this.places = places;
        this.members = members;
        this.threads = threads;
        this.subscriptions = subscriptions;
        this.people = people;
        this.access = access;
        this.profiles = profiles;
        this.moderation = moderation;
        this.clock = clock;
    }

    /** Every community (members-only ones too, so that people can ask to join) and the course boards the user may read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaceOverview> places() {
        Set<Long> readable = access.readable();
        List<PlaceOverview> found = new ArrayList<>();
        for (Place place : places.findAllByOrderByKindAscTitleAsc()) {
            if (place.kind() == PlaceKind.COMMUNITY || readable.contains(place.id())) {
                found.add(overview(place, readable.contains(place.id())));
            }
        }
        return found;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlaceOverview place(String key) {
        Place place = access.place(key);
        boolean canRead = access.canRead(place);
        if (!canRead && place.kind() == PlaceKind.COURSE_BOARD) {
            throw new InvalidInput("place", "forum.no-such-place");
        }
        return overview(place, canRead);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PlaceOverview createCommunity(String title, String description, PlaceCategory category, PlaceAccess accessRule) {
        String cleanTitle = PostText.title(title);
        if (cleanTitle.length() > 120) {
            throw new InvalidInput("title", "validation.too-long", 120);
        }
        if (category == PlaceCategory.COURSE) {
            throw new InvalidInput("category", "forum.no-such-place");
        }
        String text = PostText.clean(description).strip();
        if (text.length() > 2000) {
            throw new InvalidInput("description", "validation.too-long", 2000);
        }
        Place place = places.save(new Place(freeKey(cleanTitle), PlaceKind.COMMUNITY, category, cleanTitle, text, null, accessRule, clock.instant()));
        return overview(place, true);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PlaceOverview updateCommunity(String key, String title, String description, PlaceCategory category, PlaceAccess accessRule) {
        Place place = access.place(key);
        if (place.kind() != PlaceKind.COMMUNITY || category == PlaceCategory.COURSE) {
            throw new InvalidInput("place", "forum.no-such-place");
        }
        String text = PostText.clean(description).strip();
        if (text.length() > 2000) {
            throw new InvalidInput("description", "validation.too-long", 2000);
        }
        place.describe(PostText.title(title), text, category, accessRule);
        return overview(place, true);
    }

    /** Joins an open community at once; asks to join a members-only one. */
    @PreAuthorize("isAuthenticated()")
    public MemberStatus join(String key) {
        Place place = access.place(key);
        if (place.kind() != PlaceKind.COMMUNITY) {
            throw new InvalidInput("place", "forum.no-such-place");
        }
        long me = profiles.me().userId();
        Member member = members.findByPlaceIdAndUserId(place.id(), me).orElseGet(() -> members.save(new Member(place.id(), me,
                place.access() == PlaceAccess.OPEN || Access.isStaff() ? MemberStatus.MEMBER : MemberStatus.PENDING, clock.instant())));
        return member.status();
    }

    @PreAuthorize("isAuthenticated()")
    public void leave(String key) {
        Place place = access.place(key);
        members.findByPlaceIdAndUserId(place.id(), Access.signedIn().userId()).filter(m -> !m.isMuted(clock.instant()))
                .ifPresent(members::delete);
    }

    /** Members and join requests, for the place's moderators. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MemberLine> members(String key) {
        Place place = access.place(key);
        access.requireModerate(place);
        List<Member> all = new ArrayList<>(members.findByPlaceIdAndStatusOrderBySince(place.id(), MemberStatus.PENDING));
        all.addAll(members.findByPlaceIdAndStatusOrderBySince(place.id(), MemberStatus.MEMBER));
        Map<Long, ForumProfile> names = new HashMap<>();
        people.findAllById(all.stream().map(Member::userId).toList()).forEach(p -> names.put(p.userId(), p));
        return all.stream().map(m -> {
            ForumProfile person = names.get(m.userId());
            return new MemberLine(m.userId(), person == null ? "?" : person.displayName(), person == null ? "" : person.handle(),
                    m.status(), m.moderator(), m.mutedUntil(), m.since());
        }).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public void admit(String key, long userId) {
        Place place = access.place(key);
        access.requireModerate(place);
        Member member = members.findByPlaceIdAndUserId(place.id(), userId).orElseThrow(() -> new InvalidInput("member", "forum.no-such-member"));
        member.admit(clock.instant());
        moderation.record(place, ModerationAction.ADMIT, "member " + userId, "");
    }

    @PreAuthorize("isAuthenticated()")
    public void reject(String key, long userId, String reason) {
        Place place = access.place(key);
        access.requireModerate(place);
        members.findByPlaceIdAndUserId(place.id(), userId).filter(m -> m.status() == MemberStatus.PENDING).ifPresent(m -> {
            members.delete(m);
            moderation.record(place, ModerationAction.REJECT, "member " + userId, reason);
        });
    }

    /**
     * Makes a member a moderator of one community (or takes it back): administrators and the community's own
     * moderators decide, so that a community can grow its moderators without waiting for an administrator.
     */
    @PreAuthorize("isAuthenticated()")
    public void appointModerator(String key, long userId, boolean moderator) {
        Place place = access.place(key);
        if (place.kind() != PlaceKind.COMMUNITY) {
            throw new InvalidInput("place", "forum.no-such-place");
        }
        access.requireModerate(place);
        Member member = members.findByPlaceIdAndUserId(place.id(), userId).filter(Member::isMember)
                .orElseThrow(() -> new InvalidInput("member", "forum.no-such-member"));
        if (member.moderator() == moderator) {
            return;
        }
        if (!moderator && !Access.isStaff()) {
            // community moderators may appoint, but only staff take the role away, so that no one can take a community over
            throw new InvalidInput("member", "forum.moderator-removal-staff-only");
        }
        member.makeModerator(moderator);
        moderation.record(place, moderator ? ModerationAction.APPOINT : ModerationAction.UNAPPOINT, "member " + userId, "");
    }

    private PlaceOverview overview(Place place, boolean canRead) {
        Member mine = access.membership(place).orElse(null);
        long me = Access.signedIn().userId();
        Subscription choice = subscriptions.findByUserIdAndPlaceIdAndThreadId(me, place.id(), 0).orElse(null);
        EmailMode email = choice != null ? choice.email() : people.findById(me).map(ForumProfile::emailDefault).orElse(EmailMode.DAILY);
        return new PlaceOverview(place.summary(), canRead, canRead && access.canPost(place), access.canModerate(place),
                mine == null ? null : mine.status(), members.countByPlaceIdAndStatus(place.id(), MemberStatus.MEMBER),
                threads.countByPlaceId(place.id()), choice == null ? Level.TRACKING : choice.level(), email);
    }

    private String freeKey(String title) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() < 3) {
            base = "community";
        }
        base = base.substring(0, Math.min(60, base.length()));
        String key = base.equals("search") ? "search-community" : base;
        for (int i = 2; places.existsByPlaceKey(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }
}
