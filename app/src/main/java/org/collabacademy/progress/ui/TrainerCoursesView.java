package org.collabacademy.progress.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collabacademy.base.Language;
import org.collabacademy.progress.Enrolments;

/** The courses a trainer follows, each leading to its dashboard. */
@Route("trainer")
@Menu(title = "nav.trainer", order = 60, icon = "vaadin:user-card")
@RolesAllowed({"TRAINER", "ADMIN"})
class TrainerCoursesView extends Main implements HasDynamicTitle {

    TrainerCoursesView(Enrolments enrolments) {
        addClassNames("wide-page");
        add(new H1(getTranslation("trainer.title")));
        var courses = enrolments.coursesITrain();
        if (courses.isEmpty()) {
            add(new Paragraph(getTranslation("trainer.none")));
            return;
        }
        Language language = Language.of(getLocale()).orElse(Language.ENGLISH);
        UnorderedList list = new UnorderedList();
        list.setId("trainer-courses");
        courses.forEach(course -> {
            Anchor link = new Anchor("/trainer/" + course.key(), course.title(language));
            link.getElement().setAttribute("router-link", true);
            list.add(new ListItem(link));
        });
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainer.title");
    }
}
