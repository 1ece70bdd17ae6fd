package org.collabacademy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import org.collabacademy.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The benchmark profile's empty view: registered by {@link BenchmarkRoutes}, outside any layout and in the shell. */
class EmptyViewTest extends KaribuTest {

    @AfterEach
    void removeTheRoute() {
        // the shared test context has no benchmark profile: leave its route table as it was
        RouteConfiguration.forApplicationScope().removeRoute(BenchmarkRoutes.EMPTY);
        RouteConfiguration.forApplicationScope().removeRoute(BenchmarkRoutes.SHELL);
    }

    @Test
    void the_benchmark_routes_add_an_empty_view_for_signed_in_users_without_a_layout() {
        var view = openedAsSignedIn(BenchmarkRoutes.EMPTY);
        // no layout: the view sits right under the UI, so what a session on it costs is the framework's alone
        assertThat(view.getParent()).contains(UI.getCurrent());
    }

    @Test
    void the_same_empty_view_in_the_shell_measures_what_the_shell_costs() {
        var view = openedAsSignedIn(BenchmarkRoutes.SHELL);
        assertThat(view.getParent()).get().isInstanceOf(MainLayout.class);
    }

    /** Registers the benchmark routes, opens {@code route} signed in, and checks that it shows the empty view. */
    private com.vaadin.flow.component.Component openedAsSignedIn(String route) {
        signInAs("empty-view-user");
        new BenchmarkRoutes().serviceInit(new ServiceInitEvent(VaadinService.getCurrent()));
        navigate(route);
        var view = UI.getCurrent().getCurrentView();
        assertThat(view).isInstanceOf(EmptyView.class);
        assertThat(view.getChildren()).isEmpty();
        return view;
    }
}
