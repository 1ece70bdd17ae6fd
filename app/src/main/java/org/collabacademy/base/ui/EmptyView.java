package org.collabacademy.base.ui;

import com.vaadin.flow.component.html.Div;
import jakarta.annotation.security.PermitAll;

/**
 * A view with nothing in it, without a layout or in the shell: the load benchmark measures a signed-in session on it
 * to tell the framework's own cost per session, and the shell's, from what our views add. Registered only by
 * {@link BenchmarkRoutes}.
 */
@PermitAll
final class EmptyView extends Div {
}
