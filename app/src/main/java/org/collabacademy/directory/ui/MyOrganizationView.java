package org.collabacademy.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.directory.Area;
import org.collabacademy.directory.DirectoryViews.MemberLine;
import org.collabacademy.directory.DirectoryViews.MyOrganization;
import org.collabacademy.directory.EntryKind;
import org.collabacademy.directory.MembershipStatus;
import org.collabacademy.directory.NaceCodes;
import org.collabacademy.directory.Organizations;
import org.collabacademy.directory.Structure;
import org.collabacademy.directory.ProfileForm;
import org.collabacademy.base.SignedIn;

/**
 * The signed-in user's organization: create one (or ask to join an existing one), edit its profile, what it
 * offers and seeks, its members, and whether its collaboration profile is shown.
 */
@Route("directory/my-organization")
@Menu(title = "nav.my-organization", order = 10, icon = "vaadin:building")
@PermitAll
class MyOrganizationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Organizations organizations;
    private final NaceCodes codes;

    MyOrganizationView(Organizations organizations, NaceCodes codes) {
        this.organizations = organizations;
        this.codes = codes;
        addClassNames("wide-page", "my-organization");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private Language language() {
        return Language.of(getLocale()).orElse(Language.ENGLISH);
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("directory.my-organization")));
        organizations.mine(language()).ifPresentOrElse(mine -> {
            if (mine.status() == MembershipStatus.PENDING) {
                Paragraph pending = new Paragraph(getTranslation("directory.join-pending", mine.profile().card().name() == null
                        ? getTranslation("directory.a-firm") : mine.profile().card().name()));
                pending.setId("join-pending");
                add(pending, button("directory.withdraw-request", "withdraw-request", ButtonVariant.TERTIARY, organizations::leave));
            } else {
                member(mine);
            }
        }, this::none);
    }

    /** No organization yet: create one, or find the firm and ask to join it. */
    private void none() {
        Paragraph lead = new Paragraph(getTranslation("directory.no-organization"));
        lead.setId("no-organization");
        ProfileEditor editor = new ProfileEditor(codes);
        String firm = SignedIn.current().map(SignedIn::organization).orElse("");
        editor.setValue(new ProfileForm(firm, "", "", "", "", org.collabacademy.directory.SizeBand.SMALL, null, "",
                org.collabacademy.directory.Visibility.PUBLIC, Map.of(), java.util.Set.of(), SignedIn.current().map(SignedIn::displayName).orElse(""),
                SignedIn.current().map(SignedIn::email).orElse(""), ""));
        Button create = new Button(getTranslation("directory.create"), e -> {
            try {
                organizations.create(editor.value(Map.of()));
                Notification.show(getTranslation("directory.created")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInput refused) {
                editor.show(refused);
            }
        });
        create.setId("create-organization");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        TextField search = new TextField(getTranslation("directory.find-to-join"));
        search.setId("join-search");
        Div found = new Div();
        found.setId("join-results");
        Button find = new Button(getTranslation("directory.find"), e -> {
            found.removeAll();
            organizations.findToJoin(search.getValue(), language()).forEach(card -> {
                Button join = new Button(getTranslation("directory.ask-to-join"), click -> {
                    try {
                        organizations.requestToJoin(card.id());
                        render();
                    } catch (InvalidInput refused) {
                        Labels.notify(this, refused);
                    }
                });
                join.setId("join-" + card.id());
                found.add(new HorizontalLayout(new Paragraph(Labels.name(this, card) + " · " + card.region()), join));
            });
            if (found.getComponentCount() == 0) {
                found.add(new Paragraph(getTranslation("directory.none-found")));
            }
        });
        find.setId("join-find");
        add(lead, new H2(getTranslation("directory.create-heading")), editor, create,
                new H2(getTranslation("directory.join-heading")), new HorizontalLayout(search, find), found);
    }

    private void member(MyOrganization mine) {
        RouterLink profile = new RouterLink(getTranslation("directory.see-profile"), OrganizationView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(mine.profile().card().id())));
        profile.setId("see-profile");
        RouterLink suggestions = new RouterLink(getTranslation("directory.see-suggestions"), SuggestionsView.class);
        FlexLayout links = new FlexLayout(profile, suggestions);
        links.addClassName("place-actions");
        add(links);

        ProfileEditor editor = new ProfileEditor(codes);
        editor.setValue(mine.form());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                organizations.update(editor.value(mine.form().descriptions()));
                Notification.show(getTranslation("directory.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInput refused) {
                editor.show(refused);
            }
        });
        save.setId("save-organization");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("directory.profile")), editor, save, entries(mine));

        if (mine.owner()) {
            Checkbox share = new Checkbox(getTranslation("directory.share-profile"), mine.profile().smeType() != null);
            share.setId("share-profile");
            share.addValueChangeListener(e -> {
                try {
                    organizations.shareCollaborationProfile(e.getValue());
                } catch (InvalidInput refused) {
                    Labels.notify(this, refused);
                    share.setValue(false);
                }
            });
            add(new H2(getTranslation("directory.collaboration-profile")), new Paragraph(getTranslation("directory.share-profile-help")), share);
        }
        add(new H2(getTranslation("directory.members")), members(mine));
        if (!mine.owner()) {
            add(button("directory.leave", "leave-organization", ButtonVariant.TERTIARY, organizations::leave));
        }
    }

    private Div entries(MyOrganization mine) {
        Div box = new Div();
        box.setId("entries");
        box.add(new H2(getTranslation("directory.offers-and-seeks")), new Paragraph(getTranslation("directory.entries-help")));
        mine.profile().card().entries().forEach(entry -> {
            Button remove = new Button(getTranslation("directory.remove"), e -> {
                organizations.removeEntry(entry.id());
                render();
            });
            remove.setId("remove-entry-" + entry.id());
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            HorizontalLayout line = new HorizontalLayout(new Paragraph(Labels.entry(this, entry)), remove);
            line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            box.add(line);
        });
        Select<EntryKind> kind = new Select<>();
        kind.setId("entry-kind");
        kind.setLabel(getTranslation("directory.entry-kind"));
        kind.setItems(EntryKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("directory.kind." + k.name()));
        kind.setValue(EntryKind.SEEK);
        Select<Area> area = new Select<>();
        area.setId("entry-area");
        area.setLabel(getTranslation("directory.area"));
        area.setItems(Area.values());
        area.setItemLabelGenerator(a -> getTranslation("directory.area." + a.name()));
        area.setValue(Area.TRAINING);
        Select<Structure> structure = new Select<>();
        structure.setId("entry-structure");
        structure.setLabel(getTranslation("directory.structure"));
        structure.setItems(Structure.values());
        structure.setItemLabelGenerator(s -> getTranslation("directory.structure." + s.name()));
        structure.setValue(Structure.INFORMAL_NETWORK);
        TextArea text = new TextArea(getTranslation("directory.entry-text"));
        text.setId("entry-text");
        text.setMaxLength(1000);
        text.setWidthFull();
        Button add = new Button(getTranslation("directory.add-entry"), e -> {
            try {
                organizations.addEntry(kind.getValue(), area.getValue(), structure.getValue(), text.getValue());
                render();
            } catch (InvalidInput refused) {
                text.setErrorMessage(getTranslation(refused.problems().getFirst().messageKey(), refused.problems().getFirst().arguments().toArray()));
                text.setInvalid(true);
            }
        });
        add.setId("add-entry");
        box.add(new HorizontalLayout(kind, area, structure), text, add);
        return box;
    }

    private Grid<MemberLine> members(MyOrganization mine) {
        Grid<MemberLine> grid = new Grid<>();
        grid.setId("org-members");
        grid.setAllRowsVisible(true);
        grid.addColumn(MemberLine::name).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("directory.member-status." + m.status().name()) + (m.owner() ? " · " + getTranslation("directory.owner") : ""))
                .setHeader(getTranslation("trainer.status")).setAutoWidth(true);
        if (mine.owner()) {
            grid.addComponentColumn(m -> {
                HorizontalLayout actions = new HorizontalLayout();
                if (m.owner()) {
                    return actions;
                }
                if (m.status() == MembershipStatus.PENDING) {
                    actions.add(button("directory.admit", "admit-" + m.userId(), ButtonVariant.PRIMARY, () -> organizations.admit(m.userId())));
                } else {
                    actions.add(button("directory.hand-over", "hand-over-" + m.userId(), ButtonVariant.TERTIARY, () -> organizations.handOver(m.userId())));
                }
                actions.add(button("directory.remove", "remove-" + m.userId(), ButtonVariant.TERTIARY, () -> organizations.remove(m.userId())));
                return actions;
            }).setHeader(getTranslation("users.actions")).setKey("actions").setAutoWidth(true);
        }
        grid.setItems(mine.members());
        return grid;
    }

    private Button button(String label, String id, ButtonVariant variant, Runnable action) {
        return Labels.action(this, label, id, variant, action, this::render);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.my-organization");
    }
}
