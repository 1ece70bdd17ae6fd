package org.collabacademy;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.lang.reflect.Method;
import org.springframework.util.ReflectionUtils;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Browserless view tests with Karibu on the shared Spring context. Starts anonymous; {@link #signInAs}
 * restarts the UI as a signed-in user, the way a page load after sign-in would.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverViews();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestAccounts accounts;

    @BeforeEach
    void startVaadin() {
        accounts.signOut();
        start(Locale.ENGLISH);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        accounts.signOut();
    }

    /** Restarts the UI as a browser whose preferred language is {@code browserLocale}. */
    protected void start(Locale browserLocale) {
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            Authentication authentication = accounts.currentContext().getAuthentication();
            if (authentication != null) {
                // where Vaadin's security context strategy looks first while a Vaadin session is current
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, accounts.currentContext());
            }
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals(role) || a.getAuthority().equals("ROLE_" + role)));
            request.setLocaleInt(browserLocale);
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        UI.getCurrent().navigate("");
    }

    /**
     * Karibu's own discovery (ClassGraph) sees only public classes; our views are package-private,
     * so Spring's scanner finds the routes and layouts instead.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverViews() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("org.collabacademy")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        return new Routes(views, new HashSet<>(), true);
    }

    /** Creates an account and opens a new UI signed in as it. */
    protected UserSummary signInAs(String who, Role... roles) {
        MockVaadin.tearDown();
        UserSummary user = accounts.create(who, roles);
        accounts.signIn(user.email());
        start(Locale.ENGLISH);
        return user;
    }

    /**
     * Sets a field's value as if the user had entered it (a client-side change). Karibu 2.6's
     * {@code _setValue} reflects on a Vaadin 24 internal that Vaadin 25 changed, so this calls the
     * field's own {@code setModelValue(value, fromClient)} instead.
     */
    protected static <V> void userSets(HasValue<?, V> field, V value) {
        if (field instanceof AbstractField<?, ?> abstractField) {
            if (!abstractField.isEnabled() || abstractField.isReadOnly()) {
                throw new AssertionError(field + " cannot be edited by the user");
            }
            Method setModelValue = ReflectionUtils.findMethod(AbstractField.class, "setModelValue", Object.class, boolean.class);
            ReflectionUtils.makeAccessible(setModelValue);
            ReflectionUtils.invokeMethod(setModelValue, field, value, true);
        } else {
            field.setValue(value);
        }
    }

    /**
     * What the browser renders inside a component whose content is HTML (its {@code innerHTML}, as with {@code Html},
     * a post card or a rendered page), to be read with Jsoup's selectors.
     */
    protected static org.jsoup.nodes.Element shownInside(Component component) {
        return org.jsoup.Jsoup.parseBodyFragment(component.getElement().getProperty("innerHTML", "")).body();
    }

    /** Opens a new UI signed in as an existing account. */
    protected void signInAs(UserSummary user) {
        MockVaadin.tearDown();
        accounts.signIn(user.email());
        start(Locale.ENGLISH);
    }

    /** Signs out and opens a new anonymous UI, like a visitor without an account. */
    protected void signOut() {
        MockVaadin.tearDown();
        accounts.signOut();
        start(Locale.ENGLISH);
    }

    /** Switches the running UI to another language, as the language switch does. */
    protected static void useLanguage(org.collabacademy.base.Language language) {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().setLocale(language.locale());
    }

    /** Navigates like a typed URL, query string included. */
    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
