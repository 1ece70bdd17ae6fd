package org.collabacademy.forum.ui;

import org.collabacademy.base.ui.CompactHtml;
import org.collabacademy.base.ui.ShownName;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import java.util.List;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.Communities;
import org.collabacademy.forum.ForumViews.FlaggedPost;
import org.collabacademy.forum.ForumViews.LogLine;
import org.collabacademy.forum.Moderation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The review queue (flagged posts in the places the user moderates, or with {@code ?place=key} in one of them)
 * and the moderation log.
 */
@Route("moderation")
@PermitAll
class ModerationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Moderation moderation;
    private final Communities communities;
    private final Paragraph filter = new Paragraph();
    private final Div queue = new Div();
    private final Grid<LogLine> log = new Grid<>();
    private @Nullable String placeKey;

    ModerationView(Moderation moderation, Communities communities) {
        this.moderation = moderation;
        this.communities = communities;
        addClassNames("wide-page", "moderation-page");
        queue.setId("review-queue");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        log.setId("moderation-log");
        log.addColumn(line -> date.format(line.at())).setHeader(getTranslation("forum.when")).setAutoWidth(true);
        log.addColumn(LogLine::placeTitle).setHeader(getTranslation("forum.place")).setAutoWidth(true);
        log.addColumn(line -> ShownName.of(this, line.moderatorName())).setHeader(getTranslation("forum.moderator")).setAutoWidth(true);
        log.addColumn(line -> getTranslation("forum.action." + line.action().name())).setHeader(getTranslation("forum.action")).setAutoWidth(true);
        log.addColumn(LogLine::target).setHeader(getTranslation("forum.target")).setFlexGrow(1);
        log.addColumn(LogLine::reason).setHeader(getTranslation("forum.reason")).setAutoWidth(true);
        log.setItems(query -> moderation.log(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        filter.setId("queue-filter");
        add(new H1(getTranslation("forum.review-queue")), filter, queue, new H2(getTranslation("forum.moderation-log")), log);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        placeKey = event.getLocation().getQueryParameters().getSingleParameter("place").filter(key -> !key.isBlank()).orElse(null);
        filter.removeAll();
        filter.setVisible(placeKey != null);
        if (placeKey != null) {
            try {
                filter.add(getTranslation("forum.queue-of", communities.place(placeKey).place().title()) + " ");
            } catch (InvalidInput | AuthorizationDeniedException notThere) {
                throw new NotFoundException();
            }
            RouterLink all = new RouterLink(getTranslation("forum.queue-all"), ModerationView.class);
            all.setId("queue-all");
            filter.add(all);
        }
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        List<FlaggedPost> flagged;
        try {
            flagged = moderation.queue(placeKey);
        } catch (AuthorizationDeniedException notTheirs) {
            throw new NotFoundException();
        }
        if (flagged.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("forum.queue-empty"));
            empty.setId("queue-empty");
            queue.add(empty);
        }
        flagged.forEach(post -> queue.add(card(post)));
        log.getDataProvider().refreshAll();
    }

    private Section card(FlaggedPost post) {
        Section card = new Section();
        card.addClassName("module-card");
        card.setId("flagged-" + post.postId());
        RouterLink link = new RouterLink(post.threadTitle() + " #" + post.number(), ThreadView.class,
                new RouteParameters(Map.of("place", post.placeKey(), "thread", String.valueOf(post.threadId()))));
        link.setQueryParameters(QueryParameters.of("post", String.valueOf(post.number())));
        Div body = new Div();
        body.addClassName("post-body");
        body.getElement().setProperty("innerHTML", CompactHtml.of(post.html()));
        UnorderedList reasons = new UnorderedList();
        post.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
        Paragraph state = new Paragraph(getTranslation(post.hidden() ? "forum.post-hidden-moderator" : "forum.post-visible")
                + " · " + post.placeTitle() + " · " + ShownName.of(this, post.authorName()));
        Button keep = new Button(getTranslation("forum.keep-hidden"), e -> {
            moderation.hide(post.postId(), String.join("; ", post.reasons()));
            refresh();
        });
        keep.setId("keep-hidden-" + post.postId());
        keep.addThemeVariants(ButtonVariant.ERROR);
        Button restore = new Button(getTranslation("forum.dismiss-flags"), e -> ReasonDialog.ask(this, getTranslation("forum.dismiss-flags"), reason -> {
            moderation.restore(post.postId(), reason);
            refresh();
        }));
        restore.setId("dismiss-" + post.postId());
        card.add(new H2(link), state, body, new Paragraph(getTranslation("forum.flag-reasons")), reasons, new HorizontalLayout(keep, restore));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forum.review-queue");
    }
}
