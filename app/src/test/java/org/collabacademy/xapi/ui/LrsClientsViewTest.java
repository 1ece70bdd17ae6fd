package org.collabacademy.xapi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.collabacademy.KaribuTest;
import org.collabacademy.identity.Role;
import org.collabacademy.xapi.LrsClients;
import org.collabacademy.xapi.LrsClients.ClientView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LrsClientsViewTest extends KaribuTest {

    @Autowired LrsClients clients;

    @Test
    void an_administrator_creates_a_client_sees_its_secret_once_and_disables_it() {
        signInAs("lrs-admin", Role.ADMIN);
        navigate("admin/lrs-clients");
        String name = "Simulation " + UUID.randomUUID().toString().substring(0, 8);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> scopes = _get(CheckboxGroup.class, spec -> spec.withId("client-scopes"));
        userSets(scopes, Set.of());
        userSets(_get(TextField.class, spec -> spec.withId("client-name")), name);
        _click(_get(Button.class, spec -> spec.withId("client-create")));
        assertThat(scopes.getErrorMessage()).isEqualTo("Choose at least one scope.");

        userSets(scopes, Set.of("statements/write", "state"));
        _click(_get(Button.class, spec -> spec.withId("client-create")));
        String shown = _get(Pre.class, spec -> spec.withId("client-secret")).getText();
        ClientView created = clients.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(shown).contains("Key: " + created.key(), "Secret: ");
        assertThat(created.scopes()).containsExactlyInAnyOrder("statements/write", "state");

        @SuppressWarnings("unchecked")
        Grid<ClientView> grid = _get(Grid.class, spec -> spec.withId("lrs-clients"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).name().equals(name)).findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(grid, row, "actions"));
        assertThat(clients.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().enabled()).isFalse();
    }

    @Test
    void trainers_cannot_open_the_client_list() {
        signInAs("lrs-trainer", Role.TRAINER);
        navigate("admin/lrs-clients");
        assertThat(_find(Grid.class, spec -> spec.withId("lrs-clients"))).isEmpty();
    }
}
