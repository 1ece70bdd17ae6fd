package org.collabacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collabacademy.TestAccounts;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.directory.DirectoryViews.InterestLine;
import org.collabacademy.directory.DirectoryViews.ProfileCard;
import org.collabacademy.directory.DirectoryViews.Suggestion;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The partner directory on H2 and PostgreSQL alike: profiles, staged disclosure, suggestions, interests, limits. */
abstract class DirectoryContract {

    @Autowired Organizations organizations;
    @Autowired PartnerSearch search;
    @Autowired Suggestions suggestions;
    @Autowired Interests interests;
    @Autowired Disclosure disclosure;
    @Autowired DirectoryNotices notices;
    @Autowired PartnerEntryRepository entries;
    @Autowired OrganizationRepository repository;
    @Autowired TestAccounts accounts;

    /** A word no other test uses, so that searches in the shared database find only this test's firms. */
    private String marker;

    @BeforeEach
    void marker() {
        marker = "mark" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private ProfileForm form(String name, String country, String region, String nace, Visibility visibility, String cluster) {
        return new ProfileForm(name, country, region, cluster, nace, SizeBand.SMALL, 2001, "https://www." + marker + ".example", visibility,
                Map.of("en", "We do metalwork " + marker), Set.of("welding", marker), "Olga Contact", "olga@" + marker + ".example", "+7 343 555 0101");
    }

    /** A new user who creates an organization with one entry; returns the user. */
    private UserSummary firm(String who, String name, String country, String region, String nace, Visibility visibility, String cluster,
                             EntryKind kind, Area area, Structure structure, String text) {
        UserSummary user = accounts.create(who);
        accounts.signIn(user.email());
        organizations.create(form(name + " " + marker, country, region, nace, visibility, cluster));
        organizations.addEntry(kind, area, structure, text + " " + marker);
        return user;
    }

    private long entryOf(UserSummary user) {
        accounts.signIn(user.email());
        return organizations.mine(Language.ENGLISH).orElseThrow().profile().card().entries().getFirst().id();
    }

    private long orgOf(UserSummary user) {
        accounts.signIn(user.email());
        return organizations.mine(Language.ENGLISH).orElseThrow().profile().card().id();
    }

    @Test
    void bad_profiles_are_refused_field_by_field_and_near_duplicates_in_one_country_too() {
        accounts.signIn(accounts.create("profile-writer").email());
        ProfileForm bad = new ProfileForm(" ", "XX", "", "", "00", SizeBand.MICRO, 1700, "www.no-scheme", Visibility.PUBLIC,
                Map.of("fr", "Bonjour"), Set.of(), "", "not-an-email", "call me");
        assertThatThrownBy(() -> organizations.create(bad)).isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).problems())
                .extracting(InvalidInput.Problem::field)
                .containsExactlyInAnyOrder("name", "country", "nace", "founded", "website", "description", "contact-email", "contact-phone"));
        assertThat(organizations.mine(Language.ENGLISH)).as("nothing half-saved").isEmpty();

        organizations.create(form("Müller Metallbau " + marker + " GmbH", "DE", "Bavaria", "25", Visibility.PUBLIC, ""));
        accounts.signIn(accounts.create("second-writer").email());
        assertThatThrownBy(() -> organizations.create(form("Mueller-Metallbau " + marker, "DE", "Bavaria", "25", Visibility.PUBLIC, "")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("name: directory.duplicate");
        organizations.create(form("Mueller-Metallbau " + marker, "AT", "Styria", "25", Visibility.PUBLIC, ""));
        assertThatThrownBy(() -> organizations.create(form("Another " + marker, "AT", "Styria", "25", Visibility.PUBLIC, "")))
                .hasMessageContaining("directory.has-organization");
    }

    @Test
    void anonymous_firms_show_neither_name_nor_contacts_anywhere_until_an_interest_is_accepted() {
        UserSummary hidden = firm("hidden", "Secret Forge", "RU", "Sverdlovsk Oblast", "25", Visibility.ANONYMOUS, "", EntryKind.OFFER,
                Area.TRAINING, Structure.INFORMAL_NETWORK, "welding training for apprentices");
        UserSummary seeker = firm("seeker", "Open Works", "RU", "Sverdlovsk Oblast", "25", Visibility.PUBLIC, "", EntryKind.SEEK,
                Area.TRAINING, Structure.INFORMAL_NETWORK, "we need welding training");
        long hiddenOrg = orgOf(hidden);

        accounts.signIn(seeker.email());
        List<ProfileCard> found = search.search(new SearchCriteria(marker, null, null, null, null, null, null, null, false), 0, 20, Language.ENGLISH);
        assertThat(found).extracting(ProfileCard::id).contains(hiddenOrg);
        assertThat(found).filteredOn(c -> c.id() == hiddenOrg).singleElement().satisfies(c -> assertThat(c.name()).isNull());
        assertThat(search.search(new SearchCriteria("Secret Forge " + marker, null, null, null, null, null, null, null, false), 0, 20,
                Language.ENGLISH)).as("not findable by its name").noneMatch(c -> c.id() == hiddenOrg);
        assertThat(search.search(new SearchCriteria("olga@" + marker, null, null, null, null, null, null, null, false), 0, 20,
                Language.ENGLISH)).as("contacts are not searchable").isEmpty();
        DirectoryViews.Profile before = organizations.profile(hiddenOrg, Language.ENGLISH);
        assertThat(before.card().name()).isNull();
        assertThat(before.website()).isNull();
        assertThat(before.contact()).isNull();
        assertThat(suggestions.mine(Language.ENGLISH).getFirst().suggestions()).filteredOn(s -> s.partner().id() == hiddenOrg)
                .singleElement().satisfies(s -> assertThat(s.partner().name()).isNull());

        long hiddenEntry = entryOf(hidden);
        accounts.signIn(seeker.email());
        long interest = interests.express(hiddenEntry, "We would like to send two apprentices to your course.");
        accounts.signIn(seeker.email());
        assertThat(interests.mine()).singleElement().satisfies(line -> {
            assertThat(line.otherName()).isNull();
            assertThat(line.otherContact()).isNull();
            assertThat(line.status()).isEqualTo(InterestStatus.SENT);
        });
        assertThatThrownBy(() -> interests.conversation(interest)).isInstanceOf(InvalidInput.class).hasMessageContaining("directory.not-accepted");

        accounts.signIn(hidden.email());
        assertThat(notices.takeForCurrentUser(Locale.ENGLISH)).singleElement().asString().contains("Open Works " + marker);
        InterestLine received = interests.mine().getFirst();
        assertThat(received.otherName()).isEqualTo("Open Works " + marker);
        assertThat(received.otherContact()).as("not before accepting").isNull();
        interests.decide(interest, true);
        interests.write(interest, "Welcome! Let us talk next week.");

        accounts.signIn(seeker.email());
        assertThat(notices.takeForCurrentUser(Locale.ENGLISH)).anyMatch(n -> n.contains("accepted") && n.contains("Secret Forge " + marker));
        InterestLine accepted = interests.mine().getFirst();
        assertThat(accepted.otherName()).isEqualTo("Secret Forge " + marker);
        assertThat(accepted.otherContact()).isNotNull().extracting(Contact::email).isEqualTo("olga@" + marker + ".example");
        DirectoryViews.Profile after = organizations.profile(hiddenOrg, Language.ENGLISH);
        assertThat(after.card().name()).isEqualTo("Secret Forge " + marker);
        assertThat(after.contact()).isNotNull();
        assertThat(interests.conversation(interest)).extracting(DirectoryViews.MessageLine::text).containsExactly("Welcome! Let us talk next week.");

        UserSummary outsider = firm("outsider", "Third Party", "RU", "Moscow", "62", Visibility.PUBLIC, "", EntryKind.OFFER, Area.OTHER,
                Structure.INFORMAL_NETWORK, "software");
        accounts.signIn(outsider.email());
        assertThatThrownBy(() -> interests.conversation(interest)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(organizations.profile(hiddenOrg, Language.ENGLISH).contact()).isNull();
        assertThat(organizations.profile(hiddenOrg, Language.ENGLISH).card().name()).isNull();
    }

    @Test
    void cluster_only_profiles_are_seen_by_their_cluster_and_suspended_ones_by_nobody_else() {
        String cluster = "Cluster " + marker;
        UserSummary inside = firm("cluster-firm", "Ural Tools", "RU", "Sverdlovsk Oblast", "25", Visibility.CLUSTER, cluster, EntryKind.OFFER,
                Area.PURCHASING, Structure.CONSORTIUM, "joint purchasing of steel");
        long insideOrg = orgOf(inside);
        UserSummary neighbour = firm("cluster-neighbour", "Ural Forge", "RU", "Sverdlovsk Oblast", "25", Visibility.PUBLIC, cluster,
                EntryKind.SEEK, Area.PURCHASING, Structure.CONSORTIUM, "steel purchasing");
        UserSummary stranger = firm("stranger", "Far Away", "ES", "Catalonia", "25", Visibility.PUBLIC, "Other " + marker,
                EntryKind.SEEK, Area.PURCHASING, Structure.CONSORTIUM, "steel purchasing");
        SearchCriteria all = new SearchCriteria(marker, null, null, null, null, null, null, null, false);

        accounts.signIn(neighbour.email());
        assertThat(search.search(all, 0, 20, Language.ENGLISH)).extracting(ProfileCard::id).contains(insideOrg);
        assertThat(organizations.profile(insideOrg, Language.ENGLISH).card().name()).isEqualTo("Ural Tools " + marker);
        accounts.signIn(stranger.email());
        assertThat(search.search(all, 0, 20, Language.ENGLISH)).extracting(ProfileCard::id).doesNotContain(insideOrg);
        assertThat(search.count(all)).isEqualTo(2);
        assertThatThrownBy(() -> organizations.profile(insideOrg, Language.ENGLISH)).isInstanceOf(InvalidInput.class);
        assertThat(suggestions.mine(Language.ENGLISH).getFirst().suggestions()).noneMatch(s -> s.partner().id() == insideOrg);

        long neighbourOrg = orgOf(neighbour);
        accounts.signIn(accounts.create("directory-admin", Role.ADMIN).email());
        organizations.suspend(neighbourOrg, true);
        organizations.verify(insideOrg, true);
        accounts.signIn(inside.email());
        assertThat(search.search(all, 0, 20, Language.ENGLISH)).extracting(ProfileCard::id).doesNotContain(neighbourOrg);
        assertThatThrownBy(() -> organizations.profile(neighbourOrg, Language.ENGLISH)).isInstanceOf(InvalidInput.class);
        assertThat(organizations.mine(Language.ENGLISH).orElseThrow().profile().card().verified()).isTrue();
        assertThatThrownBy(() -> organizations.verify(insideOrg, false)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void suggestions_rank_the_obvious_partner_first_and_say_why() {
        UserSummary me = firm("suggest-me", "Seeker Metal", "RU", "Moscow", "25", Visibility.PUBLIC, "", EntryKind.SEEK, Area.TRAINING,
                Structure.INFORMAL_NETWORK, "training for welders and apprentices");
        long best = orgOf(firm("best", "Moscow Weld School", "RU", "Moscow", "25", Visibility.PUBLIC, "", EntryKind.OFFER, Area.TRAINING,
                Structure.INFORMAL_NETWORK, "training courses for welders"));
        long farther = orgOf(firm("farther", "Lisbon Training", "PT", "Norte", "85", Visibility.PUBLIC, "", EntryKind.OFFER, Area.TRAINING,
                Structure.JOINT_VENTURE, "language training"));
        long other = orgOf(firm("other-area", "Moscow Logistics", "RU", "Moscow", "25", Visibility.PUBLIC, "", EntryKind.OFFER, Area.LOGISTICS,
                Structure.INFORMAL_NETWORK, "training of drivers"));
        long seeker = orgOf(firm("also-seeks", "Other Seeker", "RU", "Moscow", "25", Visibility.PUBLIC, "", EntryKind.SEEK, Area.TRAINING,
                Structure.INFORMAL_NETWORK, "training for welders"));

        accounts.signIn(me.email());
        List<Suggestion> mine = suggestions.mine(Language.ENGLISH).getFirst().suggestions().stream()
                .filter(s -> List.of(best, farther, other, seeker).contains(s.partner().id())).toList();
        assertThat(mine).extracting(s -> s.partner().id()).containsExactly(best, farther);
        assertThat(mine.getFirst().reasons()).extracting(DirectoryViews.Reason::key).first().isEqualTo("directory.reason.area");
        assertThat(mine.getFirst().reasons()).extracting(DirectoryViews.Reason::key).contains("directory.reason.words")
                .isSubsetOf("directory.reason.area", "directory.reason.words", "directory.reason.sector", "directory.reason.region");
        assertThat(mine.getFirst().reasons()).filteredOn(r -> r.key().equals("directory.reason.words")).singleElement()
                .satisfies(r -> assertThat(r.argument()).contains("training", "welders"));
        assertThat(mine.getFirst().score()).isGreaterThan(mine.get(1).score());

        // a firm that avoids risk sees verified partners first, whatever their score
        accounts.signIn(accounts.create("verifier", Role.ADMIN).email());
        organizations.verify(farther, true);
        accounts.signIn(me.email());
        Disclosure.Viewer viewer = disclosure.viewer();
        Organization us = repository.findById(orgOf(me)).orElseThrow();
        PartnerEntry seeks = entries.findByOrganizationIdOrderById(us.id()).getFirst();
        List<Long> cautious = suggestions.suggest(viewer, us, seeks, true, Language.ENGLISH).stream().map(s -> s.partner().id())
                .filter(id -> id == best || id == farther).toList();
        assertThat(cautious).containsExactly(farther, best);
    }

    @Test
    void expressions_of_interest_are_limited_per_day_and_saved_searches_hear_of_new_matches() {
        UserSummary busy = firm("busy", "Busy Sender", "RU", "Moscow", "25", Visibility.PUBLIC, "", EntryKind.SEEK, Area.OTHER,
                Structure.INFORMAL_NETWORK, "everything");
        accounts.signIn(busy.email());
        search.save("Laser people", new SearchCriteria("lasercut" + marker, null, null, null, null, null, null, null, false));
        List<Long> targets = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            targets.add(entryOf(firm("target" + i, "Target " + i, "RU", "Moscow", "25", Visibility.PUBLIC, "", EntryKind.OFFER, Area.OTHER,
                    Structure.INFORMAL_NETWORK, i == 10 ? "lasercut" + marker + " services" : "services")));
        }
        accounts.signIn(busy.email());
        for (int i = 0; i < 10; i++) {
            interests.express(targets.get(i), "Hello, we would like to work with you.");
        }
        assertThatThrownBy(() -> interests.express(targets.get(10), "One more partner please."))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("directory.interests-per-day");
        assertThatThrownBy(() -> interests.express(targets.get(0), "Again the same one."))
                .hasMessageContaining("directory.interest-exists");
        assertThat(notices.takeForCurrentUser(Locale.ENGLISH)).anyMatch(n -> n.contains("Laser people"));
    }

    @Test
    void members_ask_to_join_the_owner_admits_and_hands_over() {
        UserSummary owner = firm("owner", "Family Firm", "AT", "Styria", "43", Visibility.PUBLIC, "", EntryKind.OFFER, Area.CUSTOMER_SERVICE,
                Structure.SUPPLIER_CUSTOMER, "installation service");
        long org = orgOf(owner);
        UserSummary colleague = accounts.create("firm-colleague");
        accounts.signIn(colleague.email());
        assertThat(organizations.findToJoin("Family Firm " + marker, Language.ENGLISH)).extracting(ProfileCard::id).contains(org);
        organizations.requestToJoin(org);
        assertThat(organizations.mine(Language.ENGLISH).orElseThrow().status()).isEqualTo(MembershipStatus.PENDING);
        assertThatThrownBy(() -> organizations.addEntry(EntryKind.OFFER, Area.OTHER, Structure.INFORMAL_NETWORK, "not yet a member"))
                .isInstanceOf(AuthorizationDeniedException.class);

        accounts.signIn(owner.email());
        assertThat(notices.takeForCurrentUser(Locale.ENGLISH)).anyMatch(n -> n.contains("firm-colleague Tester"));
        assertThatThrownBy(() -> organizations.leave()).isInstanceOf(InvalidInput.class).hasMessageContaining("directory.owner-stays");
        organizations.admit(colleague.id());
        organizations.handOver(colleague.id());

        accounts.signIn(colleague.email());
        assertThat(organizations.mine(Language.ENGLISH).orElseThrow().owner()).isTrue();
        organizations.addEntry(EntryKind.SEEK, Area.MARKET_DEVELOPMENT, Structure.STRATEGIC_ALLIANCE, "export agent in Scandinavia");
        accounts.signIn(owner.email());
        organizations.leave();
        assertThat(organizations.mine(Language.ENGLISH)).isEmpty();
    }
}
