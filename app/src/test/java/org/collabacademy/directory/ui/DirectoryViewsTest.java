package org.collabacademy.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collabacademy.KaribuTest;
import org.collabacademy.base.Language;
import org.collabacademy.directory.Area;
import org.collabacademy.directory.DirectoryViews.ProfileCard;
import org.collabacademy.directory.EntryKind;
import org.collabacademy.directory.NaceCodes;
import org.collabacademy.directory.Organizations;
import org.collabacademy.directory.ProfileForm;
import org.collabacademy.directory.SizeBand;
import org.collabacademy.directory.Structure;
import org.collabacademy.directory.Visibility;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DirectoryViewsTest extends KaribuTest {

    @Autowired Organizations organizations;
    @Autowired NaceCodes codes;

    private String marker;

    @BeforeEach
    void marker() {
        marker = "view" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A firm made through the service (the views under test are the other side's). */
    private UserSummary firm(String who, String name, Visibility visibility, EntryKind kind, Area area, String text) {
        UserSummary user = accounts.create(who);
        accounts.signIn(user.email());
        organizations.create(new ProfileForm(name + " " + marker, "RU", "Moscow", "", "25", SizeBand.SMALL, 1999,
                "https://" + marker + ".example", visibility, Map.of("en", "Metalwork"), Set.of("welding"), "Ivan Contact",
                "ivan@" + marker + ".example", "+7 495 000 0000"));
        organizations.addEntry(kind, area, Structure.INFORMAL_NETWORK, text + " " + marker);
        accounts.signOut();
        return user;
    }

    @Test
    void a_learner_without_an_organization_creates_its_profile_and_adds_what_it_seeks() {
        signInAs("profile-creator");
        navigate("directory/my-organization");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-organization")).getText()).contains("not part of an organization");
        userSets(_get(TextField.class, spec -> spec.withId("profile-name")), "");
        userSets(_get(TextField.class, spec -> spec.withId("profile-website")), "not a website");
        _click(_get(Button.class, spec -> spec.withId("create-organization")));
        assertThat(_get(TextField.class, spec -> spec.withId("profile-name")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("profile-website")).getErrorMessage()).contains("https://www.example.com");
        @SuppressWarnings("unchecked")
        ComboBox<String> country = _get(ComboBox.class, spec -> spec.withId("profile-country"));
        assertThat(country.isInvalid()).isTrue();

        userSets(_get(TextField.class, spec -> spec.withId("profile-name")), "Neva Composites " + marker);
        userSets(country, "RU");
        userSets(_get(TextField.class, spec -> spec.withId("profile-region")), "Saint Petersburg");
        @SuppressWarnings("unchecked")
        ComboBox<NaceCodes.Division> nace = _get(ComboBox.class, spec -> spec.withId("profile-nace"));
        userSets(nace, codes.division("22").orElseThrow());
        userSets(_get(TextField.class, spec -> spec.withId("profile-website")), "https://neva-composites.example");
        userSets(_get(TextField.class, spec -> spec.withId("profile-competences")), "composites, moulding");
        userSets(_get(EmailField.class, spec -> spec.withId("profile-contact-email")), "info@neva-composites.example");
        _click(_get(Button.class, spec -> spec.withId("create-organization")));
        NotificationsKt.expectNotifications("Your organization's profile is created. Now add what you offer and seek.");

        userSets(_get(TextArea.class, spec -> spec.withId("entry-text")), "a design partner for light housings " + marker);
        _click(_get(Button.class, spec -> spec.withId("add-entry")));
        assertThat(_get(Div.class, spec -> spec.withId("entries")).getElement().getTextRecursively())
                .contains("Seeks · training · informal network: a design partner for light housings");
        assertThat(organizations.mine(Language.ENGLISH).orElseThrow().profile().card().competences()).containsExactlyInAnyOrder("composites", "moulding");
    }

    @Test
    void search_and_suggestions_show_cards_without_contacts_and_say_why() {
        firm("view-partner", "Moscow Weld School", Visibility.PUBLIC, EntryKind.OFFER, Area.TRAINING, "training courses for welders");
        firm("view-anonymous", "Hidden Forge", Visibility.ANONYMOUS, EntryKind.OFFER, Area.TRAINING, "welding training");
        UserSummary me = firm("view-seeker", "Seeking Works", Visibility.PUBLIC, EntryKind.SEEK, Area.TRAINING, "training for welders");
        signInAs(me);
        navigate("directory?q=" + marker);
        assertThat(_get(Paragraph.class, spec -> spec.withId("directory-count")).getText()).isEqualTo("Organizations found: 3");
        @SuppressWarnings("unchecked")
        Grid<ProfileCard> results = _get(Grid.class, spec -> spec.withId("directory-results"));
        assertThat(GridKt._size(results)).isEqualTo(3);
        String page = java.util.stream.IntStream.range(0, 3).mapToObj(i -> GridKt._getCellComponent(results, i, "card").getElement()
                .getOuterHTML()).reduce("", String::concat);
        assertThat(page).contains("Moscow Weld School " + marker, "Anonymous firm (Russia)").doesNotContain("Hidden Forge", "ivan@", "+7 495");

        _click(_get(Button.class, spec -> spec.withId("save-search")));
        userSets(_get(TextField.class, spec -> spec.withId("search-name")), "Welders " + marker);
        _click(_get(Button.class, spec -> spec.withId("search-name-save")));
        assertThat(_get(Div.class, spec -> spec.withId("saved-searches")).getElement().getTextRecursively()).contains("Welders " + marker);

        navigate("directory/suggestions");
        Section mine = _find(Section.class).stream().filter(s -> s.getId().orElse("").startsWith("suggestions-")).findFirst().orElseThrow();
        assertThat(mine.getElement().getTextRecursively()).contains("Moscow Weld School " + marker, "Fit ", "same area (training)")
                .doesNotContain("Hidden Forge", "ivan@");
    }

    @Test
    void an_expression_of_interest_is_sent_accepted_and_opens_names_contacts_and_a_conversation() {
        UserSummary anonymous = firm("eoi-anonymous", "Quiet Tools", Visibility.ANONYMOUS, EntryKind.OFFER, Area.PURCHASING, "joint steel purchasing");
        UserSummary sender = firm("eoi-sender", "Loud Metal", Visibility.PUBLIC, EntryKind.SEEK, Area.PURCHASING, "steel purchasing");
        accounts.signIn(anonymous.email());
        long quietOrg = organizations.mine(Language.ENGLISH).orElseThrow().profile().card().id();
        long quietEntry = organizations.mine(Language.ENGLISH).orElseThrow().profile().card().entries().getFirst().id();

        signInAs(sender);
        navigate("directory/organization/" + quietOrg);
        assertThat(_get(H1.class, spec -> spec.withId("org-name")).getText()).isEqualTo("Anonymous firm (Russia)");
        assertThat(_get(Div.class, spec -> spec.withId("org-contact")).getElement().getTextRecursively()).doesNotContain("ivan@", "Ivan");
        _click(_get(Button.class, spec -> spec.withId("interest-" + quietEntry)));
        userSets(_get(TextArea.class, spec -> spec.withId("interest-message")), "short");
        _click(_get(Button.class, spec -> spec.withId("interest-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("interest-message")).isInvalid()).isTrue();
        userSets(_get(TextArea.class, spec -> spec.withId("interest-message")), "We could buy steel together every quarter.");
        _click(_get(Button.class, spec -> spec.withId("interest-send")));
        NotificationsKt.expectNotifications("Your expression of interest was sent.");
        navigate("directory/interests");
        Span status = _find(Span.class).stream().filter(s -> s.getId().orElse("").startsWith("interest-status-")).findFirst().orElseThrow();
        assertThat(status.getText()).isEqualTo("waiting for an answer");
        assertThat(_get(Section.class, spec -> spec.withId("interests-sent")).getElement().getTextRecursively()).contains("A firm from Moscow")
                .doesNotContain("Quiet Tools");

        signInAs(anonymous);
        navigate("directory/interests");
        Button accept = _find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith("accept-")).findFirst().orElseThrow();
        long interest = Long.parseLong(accept.getId().orElseThrow().substring("accept-".length()));
        _click(accept);
        assertThat(_get(Span.class, spec -> spec.withId("interest-status-" + interest)).getText()).isEqualTo("accepted");
        assertThat(_get(Div.class, spec -> spec.withId("interest-contact-" + interest)).getElement().getTextRecursively()).contains("ivan@" + marker);
        userSets(_get(TextArea.class, spec -> spec.withId("message-" + interest)), "Glad to hear from you. Call us on Monday.");
        _click(_get(Button.class, spec -> spec.withId("send-message-" + interest)));

        signInAs(sender);
        navigate("directory/interests");
        assertThat(_get(Section.class, spec -> spec.withId("interests-sent")).getElement().getTextRecursively())
                .contains("Quiet Tools " + marker, "accepted", "Glad to hear from you");
        navigate("directory/organization/" + quietOrg);
        assertThat(_get(H1.class, spec -> spec.withId("org-name")).getText()).isEqualTo("Quiet Tools " + marker);
        assertThat(_get(Div.class, spec -> spec.withId("org-contact")).getElement().getTextRecursively()).contains("Ivan Contact");
    }

    @Test
    void administrators_verify_organizations_and_learners_cannot_open_the_list() {
        UserSummary owner = firm("verify-me", "Trusty Firm", Visibility.PUBLIC, EntryKind.OFFER, Area.LOGISTICS, "shared trucks");
        accounts.signIn(owner.email());
        long org = organizations.mine(Language.ENGLISH).orElseThrow().profile().card().id();

        signInAs("not-admin");
        navigate("admin/organizations");
        assertThat(_find(Grid.class, spec -> spec.withId("admin-organizations"))).isEmpty();

        signInAs("org-admin", Role.ADMIN);
        navigate("directory/organization/" + org);
        _click(_get(Button.class, spec -> spec.withId("verify-org")));
        assertThat(_get(Button.class, spec -> spec.withId("verify-org")).getText()).isEqualTo("Remove the verification");
        navigate("admin/organizations");
        assertThat(_find(Grid.class, spec -> spec.withId("admin-organizations"))).hasSize(1);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("admin/organizations");
    }
}
