package org.collabacademy.base.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code benchmark} profile only: the load benchmark's empty view at {@code /benchmark/empty}, and the same
 * inside the app's shell (navigation bar, side navigation, language and user menus) at {@code /benchmark/shell}.
 */
@Component
@Profile("benchmark")
class BenchmarkRoutes implements VaadinServiceInitListener {

    static final String EMPTY = "benchmark/empty";
    static final String SHELL = "benchmark/shell";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        routes.setRoute(EMPTY, EmptyView.class, List.of());
        routes.setRoute(SHELL, EmptyView.class, List.of(MainLayout.class));
    }
}
