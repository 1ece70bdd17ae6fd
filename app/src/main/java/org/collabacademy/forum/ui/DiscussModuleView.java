package org.collabacademy.forum.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.Discussions;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** "Discuss this module" on a course page leads here, and on to the module's thread on the course board. */
@Route("discuss/:course/:module")
@PermitAll
class DiscussModuleView extends Div implements BeforeEnterObserver {

    private final Discussions discussions;

    DiscussModuleView(Discussions discussions) {
        this.discussions = discussions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String course = event.getRouteParameters().get("course").orElse("");
        String module = event.getRouteParameters().get("module").orElse("");
        try {
            long thread = discussions.moduleThread(course, module);
            event.forwardTo(ThreadView.class, new RouteParameters(Map.of("place", "course-" + course, "thread", String.valueOf(thread))));
        } catch (InvalidInput | AuthorizationDeniedException notThere) {
            throw new NotFoundException();
        }
    }
}
