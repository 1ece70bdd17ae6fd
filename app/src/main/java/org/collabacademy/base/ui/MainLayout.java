package org.collabacademy.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import org.collabacademy.base.Announcements;
import org.collabacademy.base.NotificationCounter;
import org.collabacademy.base.SignedIn;

/**
 * The shell around every view: the navigation shows only the views the user's roles open
 * (Vaadin filters {@code @Menu} entries by their access annotations), plus the language switch and user menu.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final List<Announcements> announcements;
    private final List<NotificationCounter> counters;
    private final Button bell = new Button();

    MainLayout(AuthenticationContext authentication, UserLocale userLocale, NavigationMenus menus, List<Announcements> announcements,
               List<NotificationCounter> counters) {
        setPrimarySection(Section.NAVBAR);
        this.counters = counters;
        bell.setId("notification-bell");
        bell.setIcon(new Icon(VaadinIcon.BELL));
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        bell.setVisible(false);
        counters.stream().findFirst().ifPresent(counter -> bell.addClickListener(e -> UI.getCurrent().navigate(counter.path())));
        addToNavbar(new DrawerToggle(), brand(), spacer(), bell, new LanguageSwitch(userLocale), userArea(authentication));
        addToDrawer(new SideNavigation(getTranslation("shell.navigation"), menus.forCurrentUser(getLocale(), this::navigation)));
        this.authentication = authentication;
        this.announcements = announcements;
    }

    /**
     * Shows what features want to tell the user (e.g. a new certificate) after every navigation, so that
     * news appears right after the step that caused it, not only at the next page load.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!authentication.isAuthenticated()) {
            return;
        }
        showUnread();
        for (Announcements source : announcements) {
            source.takeForCurrentUser(getLocale()).forEach(message -> {
                Notification note = new Notification(message, 10_000, Notification.Position.TOP_END);
                note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                note.getElement().setAttribute("role", "status");
                note.open();
            });
        }
    }

    /** The bell with the number of unread notifications, when there are any. */
    private void showUnread() {
        long unread = counters.stream().mapToLong(NotificationCounter::unreadForCurrentUser).sum();
        bell.setVisible(unread > 0);
        bell.setText(unread > 99 ? "99+" : String.valueOf(unread));
        bell.setAriaLabel(getTranslation("shell.unread", unread));
        bell.getElement().setAttribute("title", getTranslation("shell.unread", unread));
    }

    private Component brand() {
        Anchor brand = new Anchor("", "CollabAcademy");
        brand.addClassName("brand");
        return brand;
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        return spacer;
    }

    /**
     * The side navigation as one element whose items are HTML: the web components navigate and mark the current page
     * on their own, so as Flow components its items only cost memory (three state nodes each, a fifth of a session).
     * The items' HTML is the one {@link NavigationMenus} keeps, shared by every session with the same roles and language
     * rather than parsed into a copy of its own as {@code Html} would.
     */
    @Tag("vaadin-side-nav")
    private static final class SideNavigation extends Component {
        SideNavigation(String label, String items) {
            setId("main-navigation");
            getElement().setAttribute("aria-label", label);
            getElement().setProperty("innerHTML", items);
        }
    }

    /** The items of the side navigation, one per menu view, as HTML. */
    private String navigation() {
        StringBuilder items = new StringBuilder();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            org.jsoup.nodes.Element item = new org.jsoup.nodes.Element("vaadin-side-nav-item")
                    .attr("path", entry.path().replaceFirst("^/", ""));
            if (entry.icon() != null) {
                item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
            }
            item.appendText(getTranslation(entry.title()));
            items.append(item.outerHtml());
        }
        return CompactHtml.of(items.toString());
    }

    private Component userArea(AuthenticationContext authentication) {
        if (!authentication.isAuthenticated()) {
            Button signIn = new Button(getTranslation("shell.sign-in"), e -> UI.getCurrent().navigate("signin"));
            signIn.setId("shell-sign-in");
            signIn.addThemeVariants(ButtonVariant.TERTIARY);
            Button signUp = new Button(getTranslation("shell.sign-up"), e -> UI.getCurrent().navigate("signup"));
            signUp.setId("shell-sign-up");
            signUp.addThemeVariants(ButtonVariant.PRIMARY);
            HorizontalLayout anonymous = new HorizontalLayout(signIn, signUp);
            anonymous.addClassName("user-area");
            return anonymous;
        }
        String name = authentication.getAuthenticatedUser(SignedIn.class)
                .map(SignedIn::displayName)
                .or(authentication::getPrincipalName)
                .orElse("");
        return new UserMenu(name, authentication);
    }
}
