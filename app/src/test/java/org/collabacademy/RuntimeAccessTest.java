package org.collabacademy;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.collabacademy.quiz.QuizTaking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The route table of {@link AccessMatrixTest}, checked at run time: each role really opens exactly the
 * routes the table lists (a denied visitor is sent to sign-in, a denied account sees "not found"), and for
 * routes with someone's data in them, another learner and the trainer of another course get nothing.
 */
class RuntimeAccessTest extends KaribuTest {

    private static final Path ROUTES = Path.of("src/test/resources/security/route-access.csv");

    @Autowired QuizTaking quizzes;

    @Test
    void every_role_opens_exactly_the_routes_the_table_lists() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<String[]> rows = Files.readAllLines(ROUTES).stream().skip(1).map(line -> line.split(",")).filter(r -> !r[0].contains(":")).toList();
        Role[][] roles = {null, {}, {Role.MODERATOR}, {Role.TRAINER}, {Role.ADMIN}};
        for (int column = 0; column < roles.length; column++) {
            if (roles[column] == null) {
                signOut();
            } else {
                signInAs("matrix-" + column, roles[column]);
            }
            for (String[] row : rows) {
                String route = row[0].substring(1);
                // a signed-in person who opens the sign-in page is sent home instead
                boolean expected = row[column + 1].equals("yes") && !(column > 0 && route.equals("signin"));
                navigate(route);
                Class<?> shown = org.springframework.util.ClassUtils.getUserClass(NavigatorKt.getCurrentView());
                Route at = shown.getAnnotation(Route.class);
                boolean opened = at != null && at.value().equals(route);
                if (opened != expected) {
                    wrong.add("/" + route + " for " + (column == 0 ? "anonymous" : String.join("+", java.util.Arrays.stream(roles[column]).map(Role::name).toList()))
                            + ": expected " + (expected ? "open" : "closed") + " but " + (opened ? "opened" : "showed " + shown.getSimpleName()));
                }
                if (!expected && column == 0) {
                    assertThat(NavigatorKt.getCurrentPath()).as("an anonymous visitor of /%s is asked to sign in", route).isEqualTo("signin");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void another_learner_never_opens_my_attempt_and_a_trainer_of_another_course_never_sees_its_learners() {
        UserSummary me = signInAs("attempt-owner");
        long attempt = quizzes.startOrResume("collaborate-to-compete", "examples-of-collaborations", "check-your-understanding").attempt().id();
        navigate("attempts/" + attempt);
        assertThat(shownView()).isEqualTo("AttemptView");

        signInAs("other-learner");
        navigate("attempts/" + attempt);
        assertThat(shownView()).isIn("NotFoundView", "RouteNotFoundError");
        navigate("attempts/" + attempt + "/review");
        assertThat(shownView()).isIn("NotFoundView", "RouteNotFoundError");

        signInAs("trainer-elsewhere", Role.TRAINER);
        navigate("trainer/collaborate-to-compete");
        assertThat(shownView()).isIn("NotFoundView", "RouteNotFoundError");
        navigate("attempts/" + attempt);
        assertThat(shownView()).isIn("NotFoundView", "RouteNotFoundError");

        signInAs("course-admin", Role.ADMIN);
        navigate("trainer/collaborate-to-compete");
        assertThat(shownView()).isEqualTo("TrainerCourseView");
        assertThat(me.id()).isPositive();
    }

    private static String shownView() {
        return org.springframework.util.ClassUtils.getUserClass(NavigatorKt.getCurrentView()).getSimpleName();
    }
}
