package org.collabacademy.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.base.SignedIn;
import org.collabacademy.directory.DirectoryViews.MemberLine;
import org.collabacademy.directory.DirectoryViews.MyOrganization;
import org.collabacademy.directory.DirectoryViews.Profile;
import org.collabacademy.quiz.CollaborationProfile;
import org.collabacademy.quiz.QuizTaking;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations and their profiles: creating one (or asking to join an existing one), editing it as a member,
 * its offers and seeks, its members (one owner), sharing the collaboration profile, and — for administrators —
 * verifying and suspending. Every profile of another firm is shown through {@link Disclosure}.
 */
@Service
@Transactional
public class Organizations {

    static final int MAX_ENTRIES = 20;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()/.-]{0,40}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final OrganizationRepository organizations;
    private final OrgMemberRepository members;
    private final PartnerEntryRepository entries;
    private final Disclosure disclosure;
    private final NaceCodes nace;
    private final QuizTaking quizzes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organizations(OrganizationRepository organizations, OrgMemberRepository members, PartnerEntryRepository entries, Disclosure disclosure,
                  NaceCodes nace, QuizTaking quizzes, ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.entries = entries;
        this.disclosure = disclosure;
        this.nace = nace;
        this.quizzes = quizzes;
        this.events = events;
        this.clock = clock;
    }

    // ---- my organization ----------------------------------------------------------------------------------

    /** The signed-in user's organization (also while their request to join is pending). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MyOrganization> mine(Language language) {
        return members.findByUserId(me().userId()).map(membership -> {
            Organization org = organizations.findById(membership.organizationId()).orElseThrow();
            Disclosure.Viewer viewer = disclosure.viewer();
            List<MemberLine> team = membership.isMember() ? members.findByOrganizationIdOrderBySince(org.id()).stream()
                    .map(m -> new MemberLine(m.userId(), m.name(), m.status(), m.owner())).toList() : List.of();
            Profile profile = membership.isMember() ? profile(viewer, org, language)
                    : new Profile(disclosure.card(viewer, org, List.of(), language), null, null, Map.of(), null, null, null,
                            org.visibility(), false, org.suspended(), false);
            return new MyOrganization(profile, membership.isMember() ? form(org) : emptyForm(), team, membership.owner(), membership.status());
        });
    }

    /** Creates the signed-in user's organization with them as its owner. */
    @PreAuthorize("isAuthenticated()")
    public long create(ProfileForm form) {
        SignedIn me = me();
        if (members.findByUserId(me.userId()).isPresent()) {
            throw new InvalidInput("name", "directory.has-organization");
        }
        ProfileForm checked = check(form, null);
        Organization org = organizations.save(new Organization(checked, clock.instant()));
        org.index("");
        members.save(new OrgMember(org.id(), me.userId(), me.displayName(), MembershipStatus.MEMBER, true, clock.instant()));
        events.publishEvent(new DirectoryEvents.ProfileChanged(org.id()));
        return org.id();
    }

    @PreAuthorize("isAuthenticated()")
    public void update(ProfileForm form) {
        Organization org = myOrganization();
        org.apply(check(form, org.id()), clock.instant());
        reindex(org);
        events.publishEvent(new DirectoryEvents.ProfileChanged(org.id()));
    }

    /** Asks to join an existing organization; its owner decides. */
    @PreAuthorize("isAuthenticated()")
    public void requestToJoin(long organizationId) {
        SignedIn me = me();
        if (members.findByUserId(me.userId()).isPresent()) {
            throw new InvalidInput("organization", "directory.has-organization");
        }
        Organization org = organizations.findById(organizationId).filter(o -> !o.suspended())
                .orElseThrow(() -> new InvalidInput("organization", "directory.no-such-organization"));
        members.save(new OrgMember(org.id(), me.userId(), me.displayName(), MembershipStatus.PENDING, false, clock.instant()));
        members.findByOrganizationIdAndStatus(org.id(), MembershipStatus.MEMBER).stream().filter(OrgMember::owner).findFirst()
                .ifPresent(owner -> events.publishEvent(new DirectoryEvents.Notice(owner.userId(), "directory.notice.join-request", me.displayName(),
                        "directory/my-organization")));
    }

    @PreAuthorize("isAuthenticated()")
    public void admit(long userId) {
        OrgMember candidate = ownedMember(userId);
        candidate.admit(clock.instant());
        events.publishEvent(new DirectoryEvents.Notice(userId, "directory.notice.admitted", "", "directory/my-organization"));
    }

    /** Removes a member or declines a request (owner); the owner cannot remove themself, only hand over first. */
    @PreAuthorize("isAuthenticated()")
    public void remove(long userId) {
        OrgMember member = ownedMember(userId);
        if (member.owner()) {
            throw new InvalidInput("member", "directory.owner-stays");
        }
        members.delete(member);
    }

    @PreAuthorize("isAuthenticated()")
    public void handOver(long userId) {
        OrgMember next = ownedMember(userId);
        if (!next.isMember()) {
            throw new InvalidInput("member", "directory.no-such-member");
        }
        members.findByUserId(me().userId()).ifPresent(m -> m.makeOwner(false));
        next.makeOwner(true);
    }

    /** Leaves the organization (or withdraws a request to join). The owner hands over first. */
    @PreAuthorize("isAuthenticated()")
    public void leave() {
        members.findByUserId(me().userId()).ifPresent(m -> {
            if (m.owner() && m.isMember() && members.findByOrganizationIdOrderBySince(m.organizationId()).size() > 1) {
                throw new InvalidInput("member", "directory.owner-stays");
            }
            members.delete(m);
        });
    }

    @PreAuthorize("isAuthenticated()")
    public DirectoryViews.Entry addEntry(EntryKind kind, Area area, Structure structure, String text) {
        Organization org = myOrganization();
        String clean = text.strip().replaceAll("\\p{Cntrl}", " ");
        if (clean.length() < 5) {
            throw new InvalidInput("entry-text", "directory.entry-short");
        }
        if (clean.length() > 1000) {
            throw new InvalidInput("entry-text", "validation.too-long", 1000);
        }
        if (entries.findByOrganizationIdOrderById(org.id()).size() >= MAX_ENTRIES) {
            throw new InvalidInput("entry-text", "directory.too-many-entries", MAX_ENTRIES);
        }
        PartnerEntry entry = entries.save(new PartnerEntry(org.id(), kind, area, structure, clean, clock.instant()));
        reindex(org);
        events.publishEvent(new DirectoryEvents.ProfileChanged(org.id()));
        return entry.view();
    }

    @PreAuthorize("isAuthenticated()")
    public void removeEntry(long entryId) {
        Organization org = myOrganization();
        entries.findById(entryId).filter(e -> e.organizationId() == org.id()).ifPresent(entries::delete);
        entries.flush();
        reindex(org);
    }

    /** Shows (or hides) the owner's SME type and readiness from their collaboration profile on the organization's profile. */
    @PreAuthorize("isAuthenticated()")
    public void shareCollaborationProfile(boolean share) {
        Organization org = myOrganization();
        if (!members.findByUserId(me().userId()).map(OrgMember::owner).orElse(false)) {
            throw new AuthorizationDeniedException("Only the owner decides what the profile shows");
        }
        Optional<CollaborationProfile> profile = quizzes.myCollaborationProfile();
        if (share && profile.isEmpty()) {
            throw new InvalidInput("share", "directory.no-collaboration-profile");
        }
        Integer readiness = profile.map(p -> (int) Math.round(p.scores().values().stream().mapToInt(Integer::intValue).average().orElse(0)))
                .orElse(null);
        org.shareProfile(share, profile.map(CollaborationProfile::smeType).orElse(null), readiness);
    }

    // ---- other organizations -------------------------------------------------------------------------------

    /** A profile as the signed-in user may see it; unknown and hidden ones alike are "not found". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Profile profile(long organizationId, Language language) {
        Disclosure.Viewer viewer = disclosure.viewer();
        Organization org = organizations.findById(organizationId).filter(o -> disclosure.canSee(viewer, o))
                .orElseThrow(() -> new InvalidInput("organization", "directory.no-such-organization"));
        return profile(viewer, org, language);
    }

    /** Organizations to join, by name (anonymous ones are not listed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DirectoryViews.ProfileCard> findToJoin(String name, Language language) {
        String normalized = OrganizationNames.normalize(name);
        if (normalized.length() < 3) {
            return List.of();
        }
        Disclosure.Viewer viewer = disclosure.viewer();
        List<DirectoryViews.ProfileCard> found = new ArrayList<>();
        for (String country : COUNTRIES.stream().sorted().toList()) {
            organizations.sameStart(country, normalized.substring(0, 3) + "%").stream()
                    .filter(o -> !o.suspended() && o.visibility() != Visibility.ANONYMOUS && disclosure.canSee(viewer, o))
                    .filter(o -> o.name().toLowerCase(Locale.ROOT).contains(name.strip().toLowerCase(Locale.ROOT))
                            || OrganizationNames.sameFirm(OrganizationNames.normalize(o.name()), normalized))
                    .limit(20).forEach(o -> found.add(disclosure.card(viewer, o, List.of(), language)));
        }
        return found.stream().limit(20).toList();
    }

    // ---- administrators --------------------------------------------------------------------------------

    /** Every organization, newest change first, with names (for verification); contacts stay out. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<DirectoryViews.ProfileCard> all(Pageable page, Language language) {
        Disclosure.Viewer viewer = disclosure.viewer();
        Pageable sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "updatedAt"));
        return organizations.findAll(sorted).map(o -> disclosure.card(viewer, o, List.of(), language));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void verify(long organizationId, boolean verified) {
        organizations.findById(organizationId).orElseThrow(() -> new InvalidInput("organization", "directory.no-such-organization"))
                .verify(verified);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void suspend(long organizationId, boolean suspended) {
        organizations.findById(organizationId).orElseThrow(() -> new InvalidInput("organization", "directory.no-such-organization"))
                .suspend(suspended);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean isSuspended(long organizationId) {
        return organizations.findById(organizationId).map(Organization::suspended).orElse(false);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    Profile profile(Disclosure.Viewer viewer, Organization org, Language language) {
        List<DirectoryViews.Entry> theirs = entries.findByOrganizationIdOrderById(org.id()).stream().map(PartnerEntry::view).toList();
        boolean named = disclosure.showsName(viewer, org);
        return new Profile(disclosure.card(viewer, org, theirs, language), org.founded(), named ? blankToNull(org.website()) : null,
                Map.copyOf(org.descriptions()), disclosure.showsContact(viewer, org) ? org.contact() : null,
                org.showProfile() ? org.smeType() : null, org.showProfile() ? org.readiness() : null, org.visibility(),
                viewer.owns(org), org.suspended(), viewer.organization() != null && !viewer.owns(org) && !org.suspended());
    }

    private void reindex(Organization org) {
        StringBuilder text = new StringBuilder();
        entries.findByOrganizationIdOrderById(org.id()).forEach(e -> text.append(e.text()).append(' '));
        org.index(text.toString());
    }

    private Organization myOrganization() {
        OrgMember membership = members.findByUserId(me().userId()).filter(OrgMember::isMember)
                .orElseThrow(() -> new AuthorizationDeniedException("Not a member of an organization"));
        return organizations.findById(membership.organizationId()).orElseThrow();
    }

    private OrgMember ownedMember(long userId) {
        OrgMember mine = members.findByUserId(me().userId()).filter(m -> m.isMember() && m.owner())
                .orElseThrow(() -> new AuthorizationDeniedException("Only the owner manages members"));
        return members.findByUserId(userId).filter(m -> m.organizationId() == mine.organizationId())
                .orElseThrow(() -> new InvalidInput("member", "directory.no-such-member"));
    }

    /** Every rule of a profile, checked before anything is saved; the first problem of each field is reported. */
    private ProfileForm check(ProfileForm form, Long existingId) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        String name = form.name().strip().replaceAll("\\s+", " ");
        if (name.length() < 2) {
            problems.add(new InvalidInput.Problem("name", "validation.required"));
        } else if (name.length() > 160) {
            problems.add(new InvalidInput.Problem("name", "validation.too-long", 160));
        }
        String country = form.country().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            problems.add(new InvalidInput.Problem("country", "directory.invalid-country"));
        }
        if (form.region().strip().length() > 100) {
            problems.add(new InvalidInput.Problem("region", "validation.too-long", 100));
        }
        if (form.cluster().strip().length() > 120) {
            problems.add(new InvalidInput.Problem("cluster", "validation.too-long", 120));
        }
        if (form.nace().isBlank()) {
            problems.add(new InvalidInput.Problem("nace", "validation.required"));
        } else if (nace.division(form.nace()).isEmpty()) {
            problems.add(new InvalidInput.Problem("nace", "directory.invalid-nace", form.nace()));
        }
        int thisYear = Year.now(clock.withZone(ZoneOffset.UTC)).getValue();
        if (form.founded() != null && (form.founded() < 1800 || form.founded() > thisYear)) {
            problems.add(new InvalidInput.Problem("founded", "directory.invalid-founded", String.valueOf(thisYear)));
        }
        String website = form.website().strip();
        if (!website.isEmpty() && !validWebsite(website)) {
            problems.add(new InvalidInput.Problem("website", "directory.invalid-website"));
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        form.descriptions().forEach((language, text) -> {
            if (Language.ofTag(language).isEmpty()) {
                problems.add(new InvalidInput.Problem("description", "directory.invalid-language", language));
            } else if (text.strip().length() > 4000) {
                problems.add(new InvalidInput.Problem("description", "validation.too-long", 4000));
            } else if (!text.isBlank()) {
                descriptions.put(language, text.strip());
            }
        });
        Set<String> competences = new LinkedHashSet<>();
        for (String competence : form.competences()) {
            String clean = competence.strip().toLowerCase(Locale.ROOT);
            if (clean.length() > 60) {
                problems.add(new InvalidInput.Problem("competences", "validation.too-long", 60));
            } else if (!clean.isEmpty()) {
                competences.add(clean);
            }
        }
        if (competences.size() > 30) {
            problems.add(new InvalidInput.Problem("competences", "directory.too-many-competences", 30));
        }
        if (!EMAIL.matcher(form.contactEmail().strip()).matches()) {
            problems.add(new InvalidInput.Problem("contact-email", "directory.invalid-email"));
        }
        if (!PHONE.matcher(form.contactPhone().strip()).matches()) {
            problems.add(new InvalidInput.Problem("contact-phone", "directory.invalid-phone"));
        }
        if (form.contactName().strip().length() > 100) {
            problems.add(new InvalidInput.Problem("contact-name", "validation.too-long", 100));
        }
        if (problems.isEmpty()) {
            duplicate(name, country, existingId).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ProfileForm(name, country, form.region().strip(), form.cluster().strip(), form.nace(), form.sizeBand(), form.founded(),
                website, form.visibility(), descriptions, competences, form.contactName().strip(), form.contactEmail().strip(),
                form.contactPhone().strip());
    }

    /** Another organization in the same country with (nearly) the same name; named only when its profile is not anonymous. */
    private Optional<InvalidInput.Problem> duplicate(String name, String country, Long existingId) {
        String normalized = OrganizationNames.normalize(name);
        if (normalized.length() < 2) {
            return Optional.empty();
        }
        String prefix = normalized.substring(0, Math.min(2, normalized.length())) + "%";
        return organizations.sameStart(country, prefix).stream()
                .filter(o -> existingId == null || o.id() != existingId)
                .filter(o -> OrganizationNames.sameFirm(OrganizationNames.normalize(o.name()), normalized))
                .findFirst()
                .map(o -> o.visibility() == Visibility.ANONYMOUS
                        ? new InvalidInput.Problem("name", "directory.duplicate-anonymous")
                        : new InvalidInput.Problem("name", "directory.duplicate", o.name()));
    }

    private static boolean validWebsite(String website) {
        if (website.length() > 300) {
            return false;
        }
        try {
            URI uri = new URI(website);
            String host = uri.getHost();
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && host != null
                    && host.contains(".") && !host.startsWith(".") && !host.endsWith(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static ProfileForm form(Organization org) {
        Contact contact = org.contact();
        return new ProfileForm(org.name(), org.country(), org.region(), org.cluster(), org.nace(), org.sizeBand(), org.founded(),
                org.website(), org.visibility(), Map.copyOf(org.descriptions()), Set.copyOf(org.competences()), contact.name(),
                contact.email(), contact.phone());
    }

    private static ProfileForm emptyForm() {
        return new ProfileForm("", "", "", "", "", SizeBand.SMALL, null, "", Visibility.PUBLIC, Map.of(), Set.of(), "", "", "");
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static SignedIn me() {
        return SignedIn.current().orElseThrow(() -> new AuthorizationDeniedException("No one is signed in"));
    }
}
