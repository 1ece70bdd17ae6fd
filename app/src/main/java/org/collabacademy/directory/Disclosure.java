package org.collabacademy.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collabacademy.base.Language;
import org.collabacademy.base.SignedIn;
import org.collabacademy.directory.DirectoryViews.Entry;
import org.collabacademy.directory.DirectoryViews.ProfileCard;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Staged disclosure, in one place: who sees a profile at all (suspended ones only their members and
 * administrators; cluster-only ones the firms of that cluster), who sees its name (everyone unless it is
 * anonymous) and who sees its contacts (its own members, and a partner only after an accepted interest).
 * Every view of another organization is built here, so no list can leak more than this allows.
 */
@Component
class Disclosure {

    /** The signed-in person and their organization (if they are a member of one). */
    record Viewer(long userId, @Nullable Organization organization, boolean admin) {

        boolean owns(Organization other) {
            return organization != null && organization.id() == other.id();
        }
    }

    private final OrgMemberRepository members;
    private final OrganizationRepository organizations;
    private final InterestRepository interests;

    Disclosure(OrgMemberRepository members, OrganizationRepository organizations, InterestRepository interests) {
        this.members = members;
        this.organizations = organizations;
        this.interests = interests;
    }

    Viewer viewer() {
        SignedIn me = SignedIn.current().orElseThrow(() -> new AuthorizationDeniedException("No one is signed in"));
        Organization mine = members.findByUserId(me.userId()).filter(OrgMember::isMember)
                .flatMap(m -> organizations.findById(m.organizationId())).orElse(null);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = authentication != null && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        return new Viewer(me.userId(), mine, admin);
    }

    /** Someone else as a viewer (for example the owner of a saved search), without administrator rights. */
    Viewer viewerOf(long userId) {
        Organization theirs = members.findByUserId(userId).filter(OrgMember::isMember)
                .flatMap(m -> organizations.findById(m.organizationId())).orElse(null);
        return new Viewer(userId, theirs, false);
    }

    boolean canSee(Viewer viewer, Organization org) {
        if (viewer.owns(org) || viewer.admin()) {
            return true;
        }
        if (org.suspended()) {
            return false;
        }
        if (org.visibility() == Visibility.CLUSTER) {
            return viewer.organization() != null && !org.cluster().isBlank() && org.cluster().equals(viewer.organization().cluster())
                    || accepted(viewer, org);
        }
        return true;
    }

    boolean showsName(Viewer viewer, Organization org) {
        return org.visibility() != Visibility.ANONYMOUS || viewer.owns(org) || viewer.admin() || accepted(viewer, org);
    }

    boolean showsContact(Viewer viewer, Organization org) {
        return viewer.owns(org) || accepted(viewer, org);
    }

    boolean accepted(Viewer viewer, Organization org) {
        return viewer.organization() != null && interests.accepted(viewer.organization().id(), org.id());
    }

    /** The card of a profile for lists: never contacts; no name while anonymous to this viewer. */
    ProfileCard card(Viewer viewer, Organization org, List<Entry> entries, Language language) {
        return new ProfileCard(org.id(), showsName(viewer, org) ? org.name() : null, org.country(), org.region(), org.cluster(), org.nace(),
                org.sizeBand(), org.verified(), entries, Set.copyOf(org.competences()), description(org, language));
    }

    /** The description in the viewer's language, else the first one written. */
    static String description(Organization org, Language language) {
        Map<String, String> texts = org.descriptions();
        return texts.getOrDefault(language.tag(), texts.values().stream().findFirst().orElse(""));
    }
}
