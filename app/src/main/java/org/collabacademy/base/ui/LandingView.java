package org.collabacademy.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.collabacademy.base.SignedIn;

/** The public front page: what CollabAcademy offers and the way in. */
@Route("")
@AnonymousAllowed
class LandingView extends Div implements HasDynamicTitle {

    LandingView(AuthenticationContext authentication) {
        addClassName("landing");
        Section hero = new Section();
        hero.addClassName("hero");
        hero.add(new H1(getTranslation("landing.title")), new Paragraph(getTranslation("landing.lead")));
        if (authentication.isAuthenticated()) {
            hero.add(new Paragraph(getTranslation("landing.welcome-back", authentication.getAuthenticatedUser(SignedIn.class)
                    .map(SignedIn::displayName).orElse(""))));
        } else {
            Button signUp = new Button(getTranslation("landing.start"), e -> UI.getCurrent().navigate("signup"));
            signUp.setId("landing-sign-up");
            signUp.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            Button signIn = new Button(getTranslation("shell.sign-in"), e -> UI.getCurrent().navigate("signin"));
            signIn.setId("landing-sign-in");
            signIn.addThemeVariants(ButtonVariant.LARGE);
            hero.add(new HorizontalLayout(signUp, signIn));
        }
        Div pillars = new Div(pillar("learn"), pillar("discuss"), pillar("partner"));
        pillars.addClassName("pillars");
        add(hero, pillars);
    }

    private Section pillar(String key) {
        Section pillar = new Section(new H2(getTranslation("landing." + key + ".title")),
                new Paragraph(getTranslation("landing." + key + ".text")));
        pillar.addClassName("pillar");
        return pillar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.page-title");
    }
}
