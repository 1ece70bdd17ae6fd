package org.collabacademy.progress.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.progress.Enrolments;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** A trainer's dashboard of one course: its learners, its quizzes' item analysis, and the completion funnel. */
@Route("trainer/:course")
@RolesAllowed({"TRAINER", "ADMIN"})
class TrainerCourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Enrolments enrolments;
    private String title = "";

    TrainerCourseView(Enrolments enrolments) {
        this.enrolments = enrolments;
        addClassNames("wide-page", "trainer-course");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("course").orElse("");
        CourseOutline course;
        try {
            course = enrolments.courseITrain(key);
        } catch (InvalidInput | AuthorizationDeniedException notTheirs) {
            throw new NotFoundException();
        }
        Language language = Language.of(getLocale()).orElse(Language.ENGLISH);
        title = course.title(language);
        removeAll();
        TabSheet tabs = new TabSheet();
        tabs.setId("trainer-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("trainer.learners"), new LearnersPanel(enrolments, course));
        tabs.add(getTranslation("trainer.quizzes"), new QuizAnalysisPanel(enrolments, course, language));
        tabs.add(getTranslation("trainer.funnel"), new FunnelPanel(enrolments, course, language));
        add(new H1(title), tabs);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
