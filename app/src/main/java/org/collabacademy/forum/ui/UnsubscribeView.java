package org.collabacademy.forum.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.collabacademy.forum.Inbox;

/** The page behind an e-mail's unsubscribe link: works without signing in, says what was stopped. */
@Route("unsubscribe/:token")
@AnonymousAllowed
class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Inbox inbox;
    private final Paragraph result = new Paragraph();

    UnsubscribeView(Inbox inbox) {
        this.inbox = inbox;
        addClassNames("narrow-page");
        result.setId("unsubscribe-result");
        add(new H1(getTranslation("forum.unsubscribe-title")), result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        result.setText(inbox.unsubscribe(token).map(place -> place.isEmpty() ? getTranslation("forum.unsubscribed-all")
                : getTranslation("forum.unsubscribed", place)).orElse(getTranslation("forum.unsubscribe-unknown")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forum.unsubscribe-title");
    }
}
