package org.collabacademy.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import org.collabacademy.KaribuTest;
import org.collabacademy.base.Language;
import org.junit.jupiter.api.Test;

/**
 * The not-found page as Vaadin's router shows it for an unknown address (the real browser's run of it is in
 * AccessibilityIT: titled, with a language, no violations).
 */
class NotFoundViewTest extends KaribuTest {

    private static NotFoundView shown() {
        NotFoundView view = new NotFoundView();
        UI.getCurrent().add(view);
        assertThat(view.setErrorParameter(null, new ErrorParameter<>(NotFoundException.class, new NotFoundException()))).isEqualTo(404);
        return view;
    }

    @Test
    void an_unknown_address_shows_a_titled_page_with_a_way_home() {
        NotFoundView view = shown();
        assertThat(_get(H1.class, spec -> spec.withId("not-found")).getText()).isEqualTo("Page not found");
        assertThat(view.getPageTitle()).isEqualTo("Page not found");
    }

    @Test
    void the_page_speaks_the_users_language() {
        useLanguage(Language.RUSSIAN);
        NotFoundView view = shown();
        assertThat(view.getPageTitle()).isEqualTo("Страница не найдена");
    }
}
