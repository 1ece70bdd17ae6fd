package org.collabacademy.forum.ui;

import org.collabacademy.base.ui.ShownName;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.ForumSearch;
import org.collabacademy.forum.ForumViews.SearchHit;

/** Search across every post the user may see. */
@Route("forum/search")
@PermitAll
class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE = 30;

    private final ForumSearch search;
    private final TextField query = new TextField();
    private final Div results = new Div();

    SearchView(ForumSearch search) {
        this.search = search;
        addClassNames("wide-page", "search-page");
        query.setId("search-query");
        query.setAriaLabel(getTranslation("forum.search"));
        query.setPlaceholder(getTranslation("forum.search"));
        query.setMaxLength(200);
        query.setWidth("min(40rem, 100%)");
        Button go = new Button(getTranslation("forum.search-go"), e -> UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", query.getValue())));
        go.setId("search-go");
        go.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        results.setId("search-results");
        HorizontalLayout bar = new HorizontalLayout(query, go);
        add(new H1(getTranslation("forum.search-title")), bar, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        query.setValue(q);
        results.removeAll();
        if (q.isBlank()) {
            return;
        }
        try {
            List<SearchHit> hits = search.search(q, 0, PAGE);
            results.add(new Paragraph(getTranslation("forum.search-found", hits.size() == PAGE ? PAGE + "+" : String.valueOf(hits.size()))));
            for (SearchHit hit : hits) {
                RouterLink link = new RouterLink(hit.threadTitle() + " #" + hit.number(), ThreadView.class,
                        new RouteParameters(Map.of("place", hit.placeKey(), "thread", String.valueOf(hit.threadId()))));
                link.setQueryParameters(QueryParameters.of("post", String.valueOf(hit.number())));
                Div item = new Div(link, new Paragraph(hit.placeTitle() + " · " + ShownName.of(this, hit.authorName())), new Paragraph(hit.excerpt()));
                item.addClassName("search-hit");
                results.add(item);
            }
        } catch (InvalidInput refused) {
            results.add(new Paragraph(Problems.text(this, refused)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forum.search-title");
    }
}
