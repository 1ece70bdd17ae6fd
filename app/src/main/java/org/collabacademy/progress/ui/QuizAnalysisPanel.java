package org.collabacademy.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.collabacademy.base.Language;
import org.collabacademy.base.ui.BarChart;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.CourseOutline.QuizLink;
import org.collabacademy.course.Localized;
import org.collabacademy.course.content.Question;
import org.collabacademy.progress.Enrolments;
import org.collabacademy.quiz.QuizStatistics.ItemAnalysis;
import org.collabacademy.quiz.QuizStatistics.ItemStats;

/** Item analysis of a course's quizzes, as server-side SVG charts. */
class QuizAnalysisPanel extends Div {

    private final Div result = new Div();

    QuizAnalysisPanel(Enrolments enrolments, CourseOutline course, Language language) {
        List<QuizLink> quizzes = course.modules().stream().flatMap(m -> m.quizzes().stream()).filter(QuizLink::graded).toList();
        if (quizzes.isEmpty()) {
            add(new Paragraph(getTranslation("trainer.no-quizzes")));
            return;
        }
        Select<QuizLink> quiz = new Select<>();
        quiz.setId("analysis-quiz");
        quiz.setLabel(getTranslation("trainer.quiz"));
        quiz.setItems(quizzes);
        quiz.setItemLabelGenerator(q -> Localized.pick(q.titles(), language, course.defaultLanguage()));
        quiz.addValueChangeListener(e -> show(enrolments.quizAnalysis(course.key(), e.getValue().moduleKey(), e.getValue().key()), language));
        result.setId("analysis");
        add(quiz, result);
        quiz.setValue(quizzes.getFirst());
    }

    private void show(ItemAnalysis analysis, Language language) {
        result.removeAll();
        result.add(new Paragraph(getTranslation("trainer.analysis-attempts", analysis.attempts())));
        if (analysis.attempts() == 0) {
            return;
        }
        List<BarChart.Bar> correct = new ArrayList<>();
        List<BarChart.Bar> discrimination = new ArrayList<>();
        for (ItemStats item : analysis.items()) {
            String label = analysis.definition().text(item.question().texts(), language);
            correct.add(new BarChart.Bar(label, item.shareCorrect(), Math.round(item.shareCorrect() * 100) + " % (" + item.answered() + ")"));
            discrimination.add(new BarChart.Bar(label, Math.max(0, item.discrimination()), String.format(Locale.ROOT, "%.2f", item.discrimination())));
        }
        result.add(new H3(getTranslation("trainer.share-correct")), BarChart.of(getTranslation("trainer.share-correct"), correct, 1));
        result.add(new H3(getTranslation("trainer.discrimination")), new Paragraph(getTranslation("trainer.discrimination-help")),
                BarChart.of(getTranslation("trainer.discrimination"), discrimination, 1));
        result.add(new H3(getTranslation("trainer.choices")));
        for (ItemStats item : analysis.items()) {
            if (item.question().choices().isEmpty() || item.picks().isEmpty()) {
                continue;
            }
            long total = item.picks().values().stream().mapToLong(Long::longValue).sum();
            List<BarChart.Bar> picks = new ArrayList<>();
            for (Question.Choice choice : item.question().choices()) {
                long count = item.picks().getOrDefault(choice.key(), 0L);
                String label = (choice.correct() ? "✓ " : "") + (choice.texts().isEmpty() ? getTranslation("quiz." + choice.key())
                        : analysis.definition().text(choice.texts(), language));
                picks.add(new BarChart.Bar(label, count, count + ""));
            }
            String question = analysis.definition().text(item.question().texts(), language);
            result.add(new H4(question), BarChart.of(question, picks, Math.max(1, total)));
        }
    }
}
