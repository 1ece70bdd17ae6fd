package org.collabacademy.authoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.collabacademy.authoring.Authoring;
import org.collabacademy.authoring.QuizAuthoring;
import org.collabacademy.authoring.QuizAuthoring.QuestionSummary;
import org.collabacademy.authoring.QuizAuthoring.QuizSettingsForm;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.ContentProblem;
import org.collabacademy.course.content.QuestionType;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Edits a quiz of a draft: its settings in a form, its questions one by one in the quiz format (every
 * question type, choices, feedback), their order, and a try-out that takes the quiz as a learner would
 * without recording anything.
 */
@Route("authoring/:course/quiz")
@RolesAllowed({"TRAINER", "ADMIN"})
class QuizEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizAuthoring quizzes;
    private final Authoring authoring;
    private String courseKey = "";
    private String file = "";

    QuizEditorView(QuizAuthoring quizzes, Authoring authoring) {
        this.quizzes = quizzes;
        this.authoring = authoring;
        addClassNames("wide-page", "quiz-editor");
    }

    static String path(String courseKey, String quizPath) {
        return "authoring/" + courseKey + "/quiz?file=" + CourseEditorView.encode(quizPath);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseKey = event.getRouteParameters().get("course").orElseThrow(NotFoundException::new);
        file = event.getLocation().getQueryParameters().getSingleParameter("file").orElseThrow(NotFoundException::new);
        try {
            render();
        } catch (AuthorizationDeniedException | InvalidInput notYours) {
            throw new NotFoundException();
        }
    }

    void render() {
        removeAll();
        Anchor back = new Anchor("authoring/" + courseKey, getTranslation("authoring.back-to-course"));
        back.getElement().setAttribute("router-link", true);
        Anchor source = new Anchor("authoring/" + courseKey + "/edit?file=" + CourseEditorView.encode(file), getTranslation("authoring.edit-source"));
        source.getElement().setAttribute("router-link", true);
        source.setId("edit-source");
        Button tryIt = new Button(getTranslation("authoring.try-quiz"), e -> {
            try {
                UI.getCurrent().navigate("quizzes/try/" + quizzes.tryOut(courseKey, file));
            } catch (InvalidInput refused) {
                Messages.notify(this, refused);
            }
        });
        tryIt.setId("try-quiz");
        tryIt.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout actions = new FlexLayout(back, source, tryIt);
        actions.addClassName("catalog-filters");
        actions.setAlignItems(FlexLayout.Alignment.CENTER);
        add(new H1(getTranslation("authoring.editing-file", file)), actions);
        add(Messages.problems(this, "quiz-problems", authoring.check(courseKey, file, text())));
        add(settings(), questions());
    }

    private String text() {
        String text = authoring.open(courseKey, file).text();
        authoring.close(courseKey, file);
        return text;
    }

    private Div settings() {
        QuizSettingsForm form = quizzes.settings(courseKey, file);
        IntegerField passMark = number("authoring.pass-mark", form.passMark(), "quiz-pass-mark");
        IntegerField attempts = number("authoring.max-attempts", form.maxAttempts(), "quiz-max-attempts");
        attempts.setHelperText(getTranslation("authoring.empty-unlimited"));
        IntegerField draw = number("authoring.draw", form.draw(), "quiz-draw");
        draw.setHelperText(getTranslation("authoring.draw-help"));
        IntegerField timeLimit = number("authoring.time-limit", form.timeLimitMinutes(), "quiz-time-limit");
        Select<String> counts = choice("authoring.counts", form.counts(), "quiz-counts", "highest", "last");
        Select<String> reviewShows = choice("authoring.review-shows", form.reviewShows(), "quiz-review-shows", "score", "correct-answers", "feedback");
        Select<String> reviewWhen = choice("authoring.review-when", form.reviewWhen(), "quiz-review-when",
                "after-each-attempt", "after-passing", "after-last-attempt", "never");
        Checkbox shuffleQuestions = new Checkbox(getTranslation("authoring.shuffle-questions"), form.shuffleQuestions());
        shuffleQuestions.setId("quiz-shuffle-questions");
        Checkbox shuffleChoices = new Checkbox(getTranslation("authoring.shuffle-choices"), form.shuffleChoices());
        shuffleChoices.setId("quiz-shuffle-choices");
        Button save = new Button(getTranslation("action.save"), e -> {
            List<ContentProblem> found = quizzes.saveSettings(courseKey, file, new QuizSettingsForm(passMark.getValue(), attempts.getValue(),
                    counts.getValue(), shuffleQuestions.getValue(), shuffleChoices.getValue(), draw.getValue(), timeLimit.getValue(),
                    reviewShows.getValue(), reviewWhen.getValue()));
            Messages.done(getTranslation(found.isEmpty() ? "authoring.saved" : "authoring.saved-with-problems", found.size()));
            render();
        });
        save.setId("quiz-settings-save");
        FlexLayout fields = new FlexLayout(passMark, attempts, draw, timeLimit, counts, reviewShows, reviewWhen, shuffleQuestions, shuffleChoices, save);
        fields.addClassName("catalog-filters");
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.setAlignItems(FlexLayout.Alignment.BASELINE);
        return new Div(new H2(getTranslation("authoring.quiz-settings")), fields);
    }

    private Div questions() {
        Div box = new Div(new H2(getTranslation("authoring.questions")));
        box.setId("quiz-questions");
        for (QuestionSummary question : quizzes.questions(courseKey, file, language())) {
            Span type = new Span(QuestionType.of(question.type()).map(t -> getTranslation("authoring.type." + t.written())).orElse(question.type()));
            type.getElement().getThemeList().add("badge");
            type.getStyle().set("flex", "0 0 9rem");
            Paragraph text = new Paragraph(question.text().isEmpty() ? question.id() : question.text());
            text.getStyle().set("flex", "1 1 auto");
            Button edit = new Button(getTranslation("authoring.edit"), e -> editQuestion(question));
            edit.setId("edit-question-" + question.index());
            FlexLayout row = new FlexLayout(type, text, edit,
                    tool("authoring.up", "question-up-" + question.index(), () -> quizzes.moveQuestion(courseKey, file, question.index(), -1)),
                    tool("authoring.down", "question-down-" + question.index(), () -> quizzes.moveQuestion(courseKey, file, question.index(), 1)),
                    removeQuestion(question));
            row.setAlignItems(FlexLayout.Alignment.CENTER);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            row.setId("question-row-" + question.index());
            box.add(row);
        }
        Select<QuestionType> type = new Select<>();
        type.setLabel(getTranslation("authoring.question-type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation("authoring.type." + t.written()));
        type.setValue(QuestionType.SINGLE);
        type.setId("new-question-type");
        Button add = new Button(getTranslation("authoring.add-question"), e -> {
            quizzes.addQuestion(courseKey, file, type.getValue());
            render();
        });
        add.setId("add-question");
        FlexLayout form = new FlexLayout(type, add);
        form.addClassName("catalog-filters");
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        box.add(form);
        return box;
    }

    /** One question in the quiz format, with the importer's problems shown after saving. */
    private void editQuestion(QuestionSummary question) {
        Dialog dialog = new Dialog();
        dialog.setId("question-dialog");
        dialog.setWidth("min(56rem, 95vw)");
        dialog.setHeaderTitle(getTranslation("authoring.edit-question", question.id()));
        TextArea source = new TextArea(getTranslation("authoring.source"));
        source.setId("question-source");
        source.setValue(quizzes.questionSource(courseKey, file, question.index()));
        source.setWidthFull();
        source.setMinHeight("20em");
        source.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        source.setHelperText(getTranslation("authoring.question-help"));
        Div found = new Div();
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                List<ContentProblem> problems = quizzes.saveQuestion(courseKey, file, question.index(), source.getValue());
                source.setInvalid(false);
                if (problems.isEmpty()) {
                    dialog.close();
                    render();
                } else {
                    found.removeAll();
                    found.add(Messages.problems(this, "question-problems", problems));
                }
            } catch (InvalidInput refused) {
                Messages.show(this, refused, Map.of("question", source));
            }
        });
        save.setId("question-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(source, found);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> {
            dialog.close();
            render();
        }), save);
        dialog.open();
    }

    private Button removeQuestion(QuestionSummary question) {
        Button remove = new Button(getTranslation("authoring.remove"), e -> {
            com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                    getTranslation("authoring.remove"), getTranslation("authoring.remove-question-confirm", question.text()),
                    getTranslation("authoring.remove"), ok -> {
                        quizzes.removeQuestion(courseKey, file, question.index());
                        render();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("confirm-question-remove");
            confirm.open();
        });
        remove.setId("question-remove-" + question.index());
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        return remove;
    }

    private IntegerField number(String label, Integer value, String id) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setValue(value);
        field.setMin(0);
        field.setId(id);
        return field;
    }

    private Select<String> choice(String label, String value, String id, String... options) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(label));
        select.setItems(options);
        select.setEmptySelectionAllowed(true);
        select.setItemLabelGenerator(o -> o == null || o.isEmpty() ? getTranslation("authoring.default") : getTranslation("authoring.option." + o));
        select.setValue(value.isEmpty() ? null : value);
        select.setId(id);
        return select;
    }

    private Button tool(String label, String id, Runnable action) {
        Button button = new Button(getTranslation(label), e -> {
            action.run();
            render();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return button;
    }

    private Language language() {
        return Language.of(getLocale()).orElse(Language.ENGLISH);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.editing-file", file);
    }
}
