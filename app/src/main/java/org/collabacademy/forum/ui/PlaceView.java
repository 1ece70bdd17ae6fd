package org.collabacademy.forum.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.Attachments;
import org.collabacademy.forum.Communities;
import org.collabacademy.forum.Discussions;
import org.collabacademy.forum.ForumViews.MemberLine;
import org.collabacademy.forum.ForumViews.PlaceOverview;
import org.collabacademy.forum.ForumViews.ThreadLine;
import org.collabacademy.forum.MemberStatus;
import org.collabacademy.forum.Moderation;
import org.collabacademy.forum.PlaceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** A community or course board: its threads (pinned first, unread counts), its library of wiki posts, its members. */
@Route("forum/:place")
@PermitAll
class PlaceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Communities communities;
    private final Discussions discussions;
    private final Moderation moderation;
    private final Attachments attachments;
    private @Nullable PlaceOverview place;

    PlaceView(Communities communities, Discussions discussions, Moderation moderation, Attachments attachments) {
        this.communities = communities;
        this.discussions = discussions;
        this.moderation = moderation;
        this.attachments = attachments;
        addClassNames("wide-page", "place-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            place = communities.place(event.getRouteParameters().get("place").orElse(""));
        } catch (InvalidInput | AuthorizationDeniedException notThere) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        PlaceOverview shown = place();
        removeAll();
        RouterLink all = new RouterLink(getTranslation("forum.all-places"), CommunitiesView.class);
        H1 title = new H1(shown.place().title());
        title.setId("place-title");
        Paragraph description = new Paragraph(shown.place().description());
        description.setId("place-description");
        Paragraph facts = new Paragraph(getTranslation("forum.place-facts", getTranslation("forum.category." + shown.place().category().name()),
                getTranslation("forum.access." + shown.place().access().name()), shown.members(), shown.threads()));
        facts.addClassName("place-facts");
        add(all, title, description, facts, actions(shown));
        if (!shown.canRead()) {
            Paragraph closed = new Paragraph(getTranslation(shown.membership() == MemberStatus.PENDING ? "forum.request-pending" : "forum.members-only"));
            closed.setId("place-closed");
            add(closed);
            return;
        }
        TabSheet tabs = new TabSheet();
        tabs.setId("place-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("forum.threads"), threads(shown));
        tabs.add(getTranslation("forum.library"), library(shown));
        if (shown.canModerate()) {
            tabs.add(getTranslation("forum.members"), members(shown));
        }
        add(tabs);
    }

    private FlexLayout actions(PlaceOverview shown) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("place-actions");
        if (shown.place().kind() == PlaceKind.COMMUNITY) {
            if (shown.membership() == null) {
                actions.add(button(getTranslation(shown.canRead() ? "forum.join" : "forum.request-join"), "join", ButtonVariant.PRIMARY, () -> {
                    MemberStatus status = communities.join(shown.place().key());
                    com.vaadin.flow.component.notification.Notification.show(getTranslation("forum.joined." + status.name()));
                }));
            } else if (shown.membership() == MemberStatus.MEMBER) {
                actions.add(button(getTranslation("forum.leave"), "leave", ButtonVariant.TERTIARY, () -> communities.leave(shown.place().key())));
            }
        }
        if (shown.canRead()) {
            actions.add(new FollowButton("place", shown.level(), shown.email(),
                    (level, email) -> discussions.followPlace(shown.place().key(), level, email)));
        }
        if (shown.canPost()) {
            actions.add(button(getTranslation("forum.new-thread"), "new-thread", ButtonVariant.PRIMARY, this::newThread));
        }
        if (shown.canModerate()) {
            RouterLink review = new RouterLink(getTranslation("forum.review-queue"), ModerationView.class);
            review.setQueryParameters(QueryParameters.of("place", shown.place().key()));
            review.setId("review-queue-link");
            actions.add(review);
        }
        return actions;
    }

    private Button button(String label, String id, ButtonVariant variant, Runnable action) {
        Button button = new Button(label, e -> {
            try {
                action.run();
                place = communities.place(place().place().key());
                render();
            } catch (InvalidInput refused) {
                Problems.notify(this, refused);
            }
        });
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private Grid<ThreadLine> threads(PlaceOverview shown) {
        Grid<ThreadLine> grid = new Grid<>();
        grid.setId("threads");
        // a short list shows whole; a long one scrolls and loads as it goes
        grid.setAllRowsVisible(shown.threads() <= 25);
        if (shown.threads() > 25) {
            grid.setHeight("36rem");
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addComponentColumn(this::threadLink).setHeader(getTranslation("forum.thread")).setFlexGrow(4).setWidth("18rem").setKey("title");
        grid.addColumn(ThreadLine::authorName).setHeader(getTranslation("forum.started-by")).setFlexGrow(1).setWidth("10rem");
        grid.addColumn(ThreadLine::posts).setHeader(getTranslation("forum.posts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.unread() < 0 ? getTranslation("forum.unread-new") : line.unread() == 0 ? "" : String.valueOf(line.unread()))
                .setHeader(getTranslation("forum.unread")).setAutoWidth(true).setFlexGrow(0).setKey("unread");
        grid.addColumn(line -> date.format(line.lastPostAt())).setHeader(getTranslation("forum.last-post")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> discussions.threads(shown.place().key(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        return grid;
    }

    private Div threadLink(ThreadLine line) {
        RouterLink link = new RouterLink(line.title(), ThreadView.class,
                new RouteParameters(Map.of("place", place().place().key(), "thread", String.valueOf(line.id()))));
        link.setId("thread-" + line.id());
        Div cell = new Div(link);
        cell.addClassName("thread-cell");
        if (line.pinned()) {
            cell.addComponentAsFirst(marker(VaadinIcon.PIN, "forum.pinned"));
        }
        if (line.question()) {
            cell.add(marker(line.answered() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.QUESTION_CIRCLE_O, line.answered() ? "forum.answered" : "forum.question"));
        }
        if (line.locked()) {
            cell.add(marker(VaadinIcon.LOCK, "forum.locked-badge"));
        }
        if (line.unread() != 0) {
            cell.addClassName("thread-unread");
        }
        return cell;
    }

    private Icon marker(VaadinIcon icon, String label) {
        Icon marker = icon.create();
        marker.addClassName("thread-marker");
        marker.getElement().setAttribute("aria-label", getTranslation(label));
        marker.getElement().setAttribute("title", getTranslation(label));
        return marker;
    }

    private Div library(PlaceOverview shown) {
        Div library = new Div();
        library.setId("library");
        var entries = discussions.library(shown.place().key());
        if (entries.isEmpty()) {
            library.add(new Paragraph(getTranslation("forum.library-empty")));
        }
        entries.forEach(entry -> {
            RouterLink link = new RouterLink(entry.title(), ThreadView.class,
                    new RouteParameters(Map.of("place", shown.place().key(), "thread", String.valueOf(entry.id()))));
            library.add(new Paragraph(link));
        });
        return library;
    }

    private Div members(PlaceOverview shown) {
        Div box = new Div();
        box.setId("members");
        Grid<MemberLine> grid = new Grid<>();
        grid.setId("member-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(MemberLine::name).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(m -> "@" + m.handle()).setHeader(getTranslation("forum.handle")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("forum.member-status." + m.status().name()) + (m.moderator() ? " · " + getTranslation("forum.moderator") : "")
                + (m.mutedUntil() != null && m.mutedUntil().isAfter(java.time.Instant.now()) ? " · " + getTranslation("forum.muted-badge") : ""))
                .setHeader(getTranslation("trainer.status")).setAutoWidth(true).setKey("status");
        grid.addComponentColumn(m -> memberActions(shown, m)).setHeader(getTranslation("users.actions")).setKey("actions").setAutoWidth(true);
        grid.setItems(communities.members(shown.place().key()));
        box.add(grid);
        return box;
    }

    private HorizontalLayout memberActions(PlaceOverview shown, MemberLine member) {
        HorizontalLayout actions = new HorizontalLayout();
        if (member.status() == MemberStatus.PENDING) {
            actions.add(button(getTranslation("forum.admit"), "admit-" + member.userId(), ButtonVariant.PRIMARY,
                    () -> communities.admit(shown.place().key(), member.userId())),
                    button(getTranslation("forum.reject"), "reject-" + member.userId(), ButtonVariant.TERTIARY,
                            () -> communities.reject(shown.place().key(), member.userId(), "")));
        } else if (member.mutedUntil() != null && member.mutedUntil().isAfter(java.time.Instant.now())) {
            Button unmute = new Button(getTranslation("forum.unmute"), e -> ReasonDialog.ask(this, getTranslation("forum.unmute"), reason -> {
                moderation.unmute(shown.place().key(), member.userId(), reason);
                place = communities.place(shown.place().key());
                render();
            }));
            unmute.setId("unmute-" + member.userId());
            unmute.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(unmute);
        } else {
            Button mute = new Button(getTranslation("forum.mute"), e -> MuteDialog.ask(this, (duration, reason) -> {
                moderation.mute(shown.place().key(), member.userId(), duration, reason);
                place = communities.place(shown.place().key());
                render();
            }));
            mute.setId("mute-" + member.userId());
            mute.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(mute);
        }
        if (member.status() == MemberStatus.MEMBER && shown.place().kind() == PlaceKind.COMMUNITY) {
            boolean appoint = !member.moderator();
            actions.add(button(getTranslation(appoint ? "forum.make-moderator" : "forum.remove-moderator"),
                    (appoint ? "make-moderator-" : "remove-moderator-") + member.userId(), ButtonVariant.TERTIARY,
                    () -> communities.appointModerator(shown.place().key(), member.userId(), appoint)));
        }
        return actions;
    }

    private void newThread() {
        PlaceOverview shown = place();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("forum.new-thread"));
        dialog.setWidth("min(60rem, 95vw)");
        TextField title = new TextField(getTranslation("forum.thread-title"));
        title.setId("new-thread-title");
        title.setWidthFull();
        title.setMaxLength(200);
        Checkbox question = new Checkbox(getTranslation("forum.is-question"));
        question.setId("new-thread-question");
        Composer composer = new Composer(discussions, attachments, shown.place().key(), "new-" + shown.place().key(),
                getTranslation("forum.start-thread"), markdown -> {
            try {
                long id = discussions.startThread(shown.place().key(), title.getValue(), markdown, question.getValue());
                dialog.close();
                UI.getCurrent().navigate(ThreadView.class, new RouteParameters(Map.of("place", shown.place().key(), "thread", String.valueOf(id))));
                return true;
            } catch (InvalidInput refused) {
                if (refused.problems().getFirst().field().equals("title")) {
                    Problems.show(title, this, refused);
                    return false;
                }
                throw refused;
            }
        });
        dialog.add(title, question, composer);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private PlaceOverview place() {
        if (place == null) {
            throw new IllegalStateException("no place opened");
        }
        return place;
    }

    @Override
    public String getPageTitle() {
        return place == null ? getTranslation("forum.title") : place.place().title();
    }
}
