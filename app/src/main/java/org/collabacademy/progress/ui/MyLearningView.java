package org.collabacademy.progress.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.collabacademy.base.Language;
import org.collabacademy.course.Localized;
import org.collabacademy.progress.EnrolmentStatus;
import org.collabacademy.progress.Enrolments;
import org.collabacademy.progress.ProgressViews.MyCourse;
import org.collabacademy.progress.ProgressViews.MyModule;

/** The learner's own dashboard: every course with progress per module, quiz results and the way back in. */
@Route("my-learning")
@Menu(title = "nav.my-learning", order = 5, icon = "vaadin:dashboard")
@PermitAll
class MyLearningView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final Enrolments enrolments;
    private final Div courses = new Div();

    MyLearningView(Enrolments enrolments) {
        this.enrolments = enrolments;
        addClassNames("wide-page", "my-learning");
        courses.setId("my-courses");
        add(new H1(getTranslation("my.title")), courses);
    }

    /** Also when the learner opens "My learning" again from it: the router then keeps this instance. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        show();
    }

    private void show() {
        courses.removeAll();
        List<MyCourse> mine = enrolments.myCourses();
        List<MyCourse> active = mine.stream().filter(c -> c.status() == EnrolmentStatus.ACTIVE && !c.completed()).toList();
        List<MyCourse> completed = mine.stream().filter(MyCourse::completed).toList();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("my.none"));
            none.setId("my-none");
            Anchor catalog = new Anchor("/courses", getTranslation("my.browse"));
            catalog.getElement().setAttribute("router-link", true);
            courses.add(none, new Paragraph(catalog));
            return;
        }
        if (!active.isEmpty()) {
            courses.add(new H2(getTranslation("my.in-progress")));
            active.forEach(course -> courses.add(card(course)));
        }
        if (!completed.isEmpty()) {
            courses.add(new H2(getTranslation("my.completed")));
            completed.forEach(course -> courses.add(card(course)));
        }
        List<MyCourse> ended = mine.stream().filter(c -> c.status() == EnrolmentStatus.UNENROLLED && !c.completed()).toList();
        if (!ended.isEmpty()) {
            courses.add(new H2(getTranslation("my.ended")));
            ended.forEach(course -> courses.add(card(course)));
        }
    }

    private Section card(MyCourse mine) {
        Language language = Language.of(getLocale()).orElse(Language.ENGLISH);
        var course = mine.course();
        Section card = new Section();
        card.addClassName("my-course");
        card.setId("my-course-" + course.key());
        Anchor title = new Anchor("/courses/" + course.key(), course.title(language));
        title.getElement().setAttribute("router-link", true);
        card.add(new H2(title));
        ProgressBar bar = new ProgressBar(0, 100, mine.progressPercent());
        bar.getElement().setAttribute("aria-label", getTranslation("my.progress", mine.progressPercent()));
        card.add(new Paragraph(getTranslation("my.progress", mine.progressPercent())), bar);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        if (mine.completed()) {
            Paragraph done = new Paragraph(getTranslation("my.completed-on", date.format(mine.completedAt())));
            done.addClassName("quiz-passed");
            // the certificate feature lists the certificate; the dashboard only points there
            Anchor certificate = new Anchor("certificates", getTranslation("my.certificate-link"));
            certificate.getElement().setAttribute("router-link", true);
            certificate.setId("certificate-link-" + mine.course().key());
            // a plain download outside the router; the certificate feature finds the learner's certificate by course
            Anchor download = new Anchor("/certificates/course/" + mine.course().key() + ".pdf", getTranslation("my.certificate-download"));
            download.getElement().setAttribute("router-ignore", true);
            download.setId("certificate-download-" + mine.course().key());
            card.add(done, new Paragraph(certificate, new Text(" · "), download));
        }
        UnorderedList modules = new UnorderedList();
        modules.addClassName("my-modules");
        for (MyModule module : mine.modules()) {
            String name = Localized.pick(module.module().titles(), language, course.defaultLanguage());
            String facts = getTranslation("my.module-facts", module.pagesRead(), module.pagesRequired());
            if (module.quizNeeded()) {
                facts += " · " + (module.quizPassed() ? getTranslation("my.quiz-passed", format(module.bestScore()))
                        : module.attempts() > 0 ? getTranslation("my.quiz-not-passed", format(module.bestScore()), module.attempts())
                        : getTranslation("my.quiz-open"));
            }
            ProgressBar moduleBar = new ProgressBar(0, 100, module.percent());
            moduleBar.getElement().setAttribute("aria-label", name + ": " + module.percent() + " %");
            ListItem item = new ListItem(new Paragraph(name + (module.completedAt() != null ? " ✓" : "")), new Paragraph(facts), moduleBar);
            item.setId("my-module-" + course.key() + "-" + module.module().key());
            modules.add(item);
        }
        card.add(modules);
        Div actions = new Div();
        actions.addClassName("course-actions");
        if (mine.continuePath() != null && mine.status() == EnrolmentStatus.ACTIVE) {
            Button resume = new Button(getTranslation("course.continue"), e -> UI.getCurrent().navigate(mine.continuePath()));
            resume.setId("continue-" + course.key());
            resume.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(resume);
        }
        if (mine.status() == EnrolmentStatus.ACTIVE && !mine.completed()) {
            Button unenrol = new Button(getTranslation("my.unenrol"), e -> confirmUnenrol(course.key(), course.title(language)));
            unenrol.setId("unenrol-" + course.key());
            unenrol.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(unenrol);
        } else if (mine.status() == EnrolmentStatus.UNENROLLED) {
            Button again = new Button(getTranslation("my.enrol-again"), e -> {
                enrolments.enrolMe(course.key());
                show();
            });
            again.setId("enrol-again-" + course.key());
            actions.add(again);
        }
        card.add(actions);
        return card;
    }

    private void confirmUnenrol(String courseKey, String title) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("my.unenrol-title", title), getTranslation("my.unenrol-text"),
                getTranslation("my.unenrol"), e -> {
            enrolments.unenrol(courseKey);
            show();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private static String format(Double score) {
        if (score == null) {
            return "–";
        }
        return score == Math.rint(score) ? String.valueOf(score.longValue()) : String.valueOf(score);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my.title");
    }
}
