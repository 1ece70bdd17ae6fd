package org.collabacademy.identity.ui;

import com.vaadin.flow.component.Component;

/**
 * Hands the sign-in view's class to the security configuration, so that Vaadin forwards to it inside
 * the running UI (no full page load) while the view itself stays package-private.
 */
public final class SignInRoute {

    private SignInRoute() {
    }

    public static Class<? extends Component> view() {
        return SignInView.class;
    }
}
