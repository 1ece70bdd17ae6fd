package org.collabacademy.forum.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.Communities;
import org.collabacademy.forum.ForumViews.PlaceOverview;
import org.collabacademy.forum.PlaceAccess;
import org.collabacademy.forum.PlaceCategory;
import org.collabacademy.forum.PlaceKind;

/** Communities of practice (by cluster, region and topic) and the boards of the user's courses, with search. */
@Route("forum")
@Menu(title = "nav.forum", order = 8, icon = "vaadin:users")
@PermitAll
class CommunitiesView extends Main implements HasDynamicTitle {

    private final Communities communities;

    CommunitiesView(Communities communities, AuthenticationContext authentication) {
        this.communities = communities;
        addClassNames("wide-page", "communities-page");
        H1 title = new H1(getTranslation("forum.title"));
        TextField search = new TextField();
        search.setId("forum-search");
        search.setPlaceholder(getTranslation("forum.search"));
        search.setAriaLabel(getTranslation("forum.search"));
        search.setMaxLength(200);
        Button go = new Button(getTranslation("forum.search-go"), e -> UI.getCurrent().navigate(SearchView.class,
                QueryParameters.of("q", search.getValue())));
        go.setId("forum-search-go");
        go.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout top = new HorizontalLayout(search, go);
        top.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(title, new Paragraph(getTranslation("forum.lead")), top);
        if (authentication.hasRole("ADMIN")) {
            Button create = new Button(getTranslation("forum.new-community"), e -> createCommunity());
            create.setId("new-community");
            add(create);
        }
        List<PlaceOverview> places = communities.places();
        section("forum.my-boards", "boards", places.stream().filter(p -> p.place().kind() == PlaceKind.COURSE_BOARD).toList());
        for (PlaceCategory category : List.of(PlaceCategory.CLUSTER, PlaceCategory.REGION, PlaceCategory.TOPIC)) {
            section("forum.category-heading." + category.name(), "category-" + category.name().toLowerCase(),
                    places.stream().filter(p -> p.place().category() == category).toList());
        }
    }

    private void section(String heading, String id, List<PlaceOverview> places) {
        if (places.isEmpty()) {
            return;
        }
        Section section = new Section(new H2(getTranslation(heading)));
        section.setId(id);
        for (PlaceOverview place : places) {
            Div card = new Div();
            card.addClassName("module-card");
            card.setId("place-" + place.place().key());
            RouterLink link = new RouterLink(place.place().title(), PlaceView.class, new RouteParameters("place", place.place().key()));
            card.add(new H2(link), new Paragraph(place.place().description()),
                    new Paragraph(getTranslation("forum.place-facts", getTranslation("forum.category." + place.place().category().name()),
                            getTranslation("forum.access." + place.place().access().name()), place.members(), place.threads())));
            if (place.membership() != null) {
                card.add(new Paragraph(getTranslation("forum.member-status." + place.membership().name())));
            }
            section.add(card);
        }
        add(section);
    }

    private void createCommunity() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("forum.new-community"));
        TextField name = new TextField(getTranslation("forum.community-name"));
        name.setId("community-name");
        name.setWidthFull();
        name.setMaxLength(120);
        TextArea description = new TextArea(getTranslation("forum.community-description"));
        description.setId("community-description");
        description.setWidthFull();
        description.setMaxLength(2000);
        Select<PlaceCategory> category = new Select<>();
        category.setId("community-category");
        category.setLabel(getTranslation("forum.community-category"));
        category.setItems(PlaceCategory.CLUSTER, PlaceCategory.REGION, PlaceCategory.TOPIC);
        category.setItemLabelGenerator(c -> getTranslation("forum.category." + c.name()));
        category.setValue(PlaceCategory.TOPIC);
        Select<PlaceAccess> access = new Select<>();
        access.setId("community-access");
        access.setLabel(getTranslation("forum.community-access"));
        access.setItems(PlaceAccess.values());
        access.setItemLabelGenerator(a -> getTranslation("forum.access." + a.name()));
        access.setValue(PlaceAccess.OPEN);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                PlaceOverview created = communities.createCommunity(name.getValue(), description.getValue(), category.getValue(), access.getValue());
                dialog.close();
                UI.getCurrent().navigate(PlaceView.class, new RouteParameters("place", created.place().key()));
            } catch (InvalidInput refused) {
                Problems.show(refused.problems().getFirst().field().equals("description") ? description : name, this, refused);
            }
        });
        save.setId("community-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(name, description, category, access);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forum.title");
    }
}
