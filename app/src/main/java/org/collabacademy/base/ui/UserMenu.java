package org.collabacademy.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;

/**
 * The signed-in user's menu: their initial and name, and under them "my data", "delete account" and "sign out".
 * <p>
 * A {@code vaadin-menu-bar} whose items the browser draws from its {@code items} property, not Flow's
 * {@code MenuBar}: that one keeps a component per item and for the avatar and the label, about ten state nodes in
 * every session for a menu that is rarely opened. The initial is drawn by the style sheet from
 * {@code --user-initial}. A choice reaches the server as the item's {@code action}, and only the three actions
 * here do anything; all of them concern the user's own account.
 */
@Tag("vaadin-menu-bar")
class UserMenu extends Component {

    /** Event data of a choice: the action the chosen item names. */
    static final String ACTION = "event.detail.value.action";
    static final String MY_DATA = "my-data";
    static final String DELETE_ACCOUNT = "delete-account";
    static final String SIGN_OUT = "sign-out";

    UserMenu(String name, AuthenticationContext authentication) {
        setId("user-menu");
        getElement().setAttribute("theme", "tertiary");
        getElement().setAttribute("aria-label", getTranslation("shell.user-menu", name));
        getElement().getStyle().set("--user-initial", '"' + initial(name) + '"');
        getElement().setPropertyList("items", List.of(Map.of("text", name, "className", "user-menu-root", "children", List.of(
                item(MY_DATA, "shell.my-data"), item(DELETE_ACCOUNT, "shell.delete-account"), item(SIGN_OUT, "shell.sign-out")))));
        getElement().addEventListener("item-selected", e -> {
            switch (e.getEventData().path(ACTION).asString("")) {
                // the JSON download is a plain request (it has Content-Disposition: attachment, so the page stays)
                case MY_DATA -> UI.getCurrent().getPage().open("/account/my-data.json", "_self");
                case DELETE_ACCOUNT -> UI.getCurrent().navigate("account/delete");
                case SIGN_OUT -> authentication.logout();
                default -> {
                    // the root item (it only opens the menu), or a forged action
                }
            }
        }).addEventData(ACTION);
    }

    private Map<String, String> item(String action, String label) {
        return Map.of("text", getTranslation(label), "action", action);
    }

    /** The first letter of the name, as a CSS string may hold it without escaping. */
    static String initial(String name) {
        int first = name.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse('?');
        return new String(Character.toChars(Character.toUpperCase(first)));
    }
}
