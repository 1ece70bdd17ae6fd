package org.collabacademy.xapi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import org.collabacademy.KaribuTest;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseReader;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.collabacademy.xapi.StatementRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RecordsViewsTest extends KaribuTest {

    @Autowired CourseReader reader;

    @Test
    void an_administrator_finds_a_learners_statements() {
        UserSummary learner = accounts.create("recorded-reader");
        accounts.signIn(learner.email());
        reader.open("collaborate-to-compete", "examples-of-collaborations", "introduction", Language.ENGLISH);
        signInAs("records-viewer", Role.ADMIN);
        navigate("admin/records");
        userSets(_get(TextField.class, spec -> spec.withId("records-learner")), String.valueOf(learner.id()));
        @SuppressWarnings("unchecked")
        Grid<StatementRecord> grid = _get(Grid.class, spec -> spec.withId("statements"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).verbName()).isEqualTo("experienced");
        Anchor export = _get(Anchor.class, spec -> spec.withId("records-export"));
        assertThat(export.getText()).isEqualTo("Export as JSON");
        assertThat(export.getHref()).isNotBlank();
    }

    @Test
    void an_administrator_adds_a_record_store_and_a_bad_address_is_refused_at_the_field() {
        signInAs("lrs-admin", Role.ADMIN);
        navigate("admin/lrs");
        _click(_get(Button.class, spec -> spec.withId("lrs-add")));
        userSets(_get(TextField.class, spec -> spec.withId("lrs-name")), "Regional LRS " + System.nanoTime());
        userSets(_get(TextField.class, spec -> spec.withId("lrs-url")), "ftp://wrong");
        _click(_get(Button.class, spec -> spec.withId("lrs-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("lrs-url")).getErrorMessage()).startsWith("Enter the LRS address");

        userSets(_get(TextField.class, spec -> spec.withId("lrs-url")), "https://lrs.example.org/xapi/");
        _click(_get(Button.class, spec -> spec.withId("lrs-save")));
        assertThat(_find(Section.class).stream().map(s -> s.getElement().getTextRecursively())).anyMatch(t -> t.contains("https://lrs.example.org/xapi/"));
    }

    @Test
    void learners_cannot_open_the_records_or_the_record_stores() {
        signInAs("records-learner");
        navigate("admin/records");
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(StatementsView.class);
        navigate("admin/lrs");
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(LrsEndpointsView.class);
    }
}
