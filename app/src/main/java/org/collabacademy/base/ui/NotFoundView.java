package org.collabacademy.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for an address that leads nowhere (or somewhere the user may not go, which is not revealed):
 * inside the app's shell, with a title, in the user's language, and a way back.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("narrow-reading");
        H1 title = new H1(getTranslation("shell.not-found"));
        title.setId("not-found");
        Anchor home = new Anchor("", getTranslation("shell.not-found-home"));
        home.getElement().setAttribute("router-link", true);
        add(title, new Paragraph(getTranslation("shell.not-found-text")), home);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.not-found");
    }
}
