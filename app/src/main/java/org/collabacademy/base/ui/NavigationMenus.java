package org.collabacademy.base.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The side navigation's HTML, made once per set of roles and language. Which views a role may open does not change
 * while the app runs, and working it out checks access to every menu view: 2 % of the server's time under load
 * (JFR), spent at every page load. There are few keys: the anonymous visitor and each combination of roles, in four
 * languages.
 */
@Component
class NavigationMenus {

    private final AuthenticationContext authentication;
    private final Map<String, String> made = new ConcurrentHashMap<>();

    NavigationMenus(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** The menu for the current user in {@code locale}, from {@code make} the first time. */
    String forCurrentUser(Locale locale, Supplier<String> make) {
        String roles = authentication.isAuthenticated()
                ? authentication.getGrantedAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().collect(Collectors.joining(","))
                : "anonymous";
        return made.computeIfAbsent(roles + "|" + locale.toLanguageTag(), key -> make.get());
    }
}
