package org.collabacademy.quiz.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.QuizDefinition;
import org.collabacademy.course.content.QuizDefinition.Kind;
import org.collabacademy.course.content.QuizSettings;
import org.collabacademy.quiz.AttemptSheet;
import org.collabacademy.quiz.AttemptSummary;
import org.collabacademy.quiz.QuizOverview;
import org.collabacademy.quiz.QuizTaking;

/** A quiz's front page: what it asks, the rules, the learner's attempts and the way to start or resume. */
@Route("courses/:course/:module/quiz/:quiz")
@PermitAll
class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizTaking taking;
    private String title = "";

    QuizView(QuizTaking taking) {
        this.taking = taking;
        addClassNames("narrow-reading", "quiz-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters p = event.getRouteParameters();
        String course = p.get("course").orElse("");
        String module = p.get("module").orElse("");
        String quizKey = p.get("quiz").orElse("");
        QuizOverview overview = taking.overview(course, module, quizKey).orElseThrow(NotFoundException::new);
        QuizDefinition quiz = overview.definition();
        Language language = QuizLanguage.current();
        title = quiz.text(quiz.titles(), language);
        removeAll();

        Anchor back = new Anchor("/courses/" + course + "/" + module, quiz.text(overview.moduleTitles(), language));
        back.getElement().setAttribute("router-link", true);
        back.setId("quiz-module");
        Nav breadcrumb = new Nav(back);
        breadcrumb.addClassName("breadcrumb");
        add(breadcrumb, new H1(title));
        if (!quiz.introductions().isEmpty()) {
            add(new Paragraph(quiz.text(quiz.introductions(), language)));
        }
        add(rules(overview));
        add(startButton(overview, course, module, quizKey));
        if (!overview.attempts().isEmpty()) {
            add(new H2(getTranslation("quiz.your-attempts")), attempts(overview));
        }
    }

    private UnorderedList rules(QuizOverview overview) {
        QuizSettings settings = overview.definition().settings();
        UnorderedList rules = new UnorderedList();
        rules.setId("quiz-rules");
        rules.addClassName("quiz-rules");
        if (overview.definition().kind() == Kind.GRADED) {
            rules.add(new ListItem(getTranslation("quiz.rule.questions", settings.draw() != null ? settings.draw() : overview.definition().questions().size())));
            rules.add(new ListItem(getTranslation("quiz.rule.pass-mark", settings.passMark())));
            rules.add(new ListItem(settings.maxAttempts() == null ? getTranslation("quiz.rule.unlimited-attempts")
                    : getTranslation("quiz.rule.attempts", settings.maxAttempts(), overview.attemptsLeft())));
            rules.add(new ListItem(getTranslation(settings.counting() == QuizSettings.Counting.HIGHEST ? "quiz.rule.highest-counts" : "quiz.rule.last-counts")));
        } else {
            rules.add(new ListItem(getTranslation("quiz.rule.no-right-answers")));
        }
        if (settings.timeLimitMinutes() != null) {
            rules.add(new ListItem(getTranslation("quiz.rule.time-limit", settings.timeLimitMinutes())));
        }
        rules.add(new ListItem(getTranslation("quiz.rule.autosave")));
        if (overview.countingScore() != null && overview.definition().kind() == Kind.GRADED) {
            Paragraph result = new Paragraph(getTranslation(overview.passed() ? "quiz.passed-with" : "quiz.not-passed-yet", format(overview.countingScore())));
            result.setId("quiz-result");
            result.addClassName(overview.passed() ? "quiz-passed" : "quiz-not-passed");
            rules.add(new ListItem(result));
        }
        return rules;
    }

    private Button startButton(QuizOverview overview, String course, String module, String quizKey) {
        String label = overview.openAttempt().isPresent() ? "quiz.resume"
                : overview.attempts().isEmpty() ? "quiz.start" : "quiz.start-again";
        Button start = new Button(getTranslation(label), e -> {
            try {
                AttemptSheet sheet = taking.startOrResume(course, module, quizKey);
                UI.getCurrent().navigate(AttemptView.class, new RouteParameters("attempt", String.valueOf(sheet.attempt().id())));
            } catch (InvalidInput refused) {
                Notification.show(getTranslation(refused.problems().getFirst().messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        start.setId("quiz-start");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        if (!overview.canStart()) {
            start.setEnabled(false);
            start.setText(getTranslation("quiz.no-attempts-left"));
        }
        return start;
    }

    private Grid<AttemptSummary> attempts(QuizOverview overview) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Grid<AttemptSummary> grid = new Grid<>();
        grid.setId("quiz-attempts");
        grid.setAllRowsVisible(true);
        grid.addColumn(AttemptSummary::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> time.format(a.startedAt())).setHeader(getTranslation("quiz.started")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("quiz.status." + a.status().name())).setHeader(getTranslation("quiz.status")).setAutoWidth(true);
        boolean graded = overview.definition().kind() == Kind.GRADED;
        if (graded) {
            grid.addColumn(a -> a.score() == null ? "" : format(a.score()) + " %").setHeader(getTranslation("quiz.score")).setAutoWidth(true);
        }
        grid.addComponentColumn(a -> {
            String target = a.isOpen() ? "/attempts/" + a.id() : "/attempts/" + a.id() + "/review";
            Anchor link = new Anchor(target, getTranslation(a.isOpen() ? "quiz.resume" : graded ? "quiz.review" : "quiz.see-result"));
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("quiz.action")).setKey("action");
        grid.setItems(overview.attempts());
        return grid;
    }

    static String format(double score) {
        return score == Math.rint(score) ? String.valueOf((long) score) : String.valueOf(score);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
