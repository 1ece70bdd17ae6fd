package org.collabacademy.identity.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;

/** Sign-in with e-mail and password; the form posts to Spring Security, which also throttles guessing. */
@Route("signin")
@AnonymousAllowed
class SignInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final AuthenticationContext authentication;

    SignInView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassNames("narrow-page", "sign-in");
        form.setAction("signin");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translations(getTranslation("signin.failed.title"), getTranslation("signin.failed.text")));
        notice.setId("sign-in-notice");
        notice.setVisible(false);
        notice.addClassName("notice");
        RouterLink signUp = new RouterLink(getTranslation("signin.create-account"), SignUpView.class);
        signUp.setId("sign-in-to-sign-up");
        add(notice, form, new Paragraph(getTranslation("signin.no-account") + " "), signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("wait")) {
            String seconds = query.get("wait").getFirst().replaceAll("\\D", "");
            form.setI18n(translations(getTranslation("signin.throttled.title"), getTranslation("signin.throttled.text", seconds)));
            form.setError(true);
        } else if (query.containsKey("error")) {
            form.setError(true);
        } else if (query.containsKey("registered")) {
            show(getTranslation("signin.registered"));
        } else if (query.containsKey("ended")) {
            show(getTranslation("signin.session-ended"));
        }
    }

    private void show(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private LoginI18n translations(String errorTitle, String errorText) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("signin.title"));
        i18n.getForm().setUsername(getTranslation("signin.email"));
        i18n.getForm().setPassword(getTranslation("signin.password"));
        i18n.getForm().setSubmit(getTranslation("signin.submit"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorText);
        // shown when a field is left empty; Vaadin's defaults are English only
        i18n.getErrorMessage().setUsername(getTranslation("signin.email.required"));
        i18n.getErrorMessage().setPassword(getTranslation("signin.password.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.title");
    }
}
