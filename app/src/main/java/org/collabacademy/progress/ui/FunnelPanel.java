package org.collabacademy.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.collabacademy.base.Language;
import org.collabacademy.base.ui.BarChart;
import org.collabacademy.course.CourseOutline;
import org.collabacademy.course.Localized;
import org.collabacademy.progress.Enrolments;
import org.collabacademy.progress.ProgressViews.Funnel;
import org.collabacademy.progress.ProgressViews.FunnelStep;

/** How many of the enrolled learners started and completed each module, in course order. */
class FunnelPanel extends Div {

    FunnelPanel(Enrolments enrolments, CourseOutline course, Language language) {
        setId("funnel");
        Funnel funnel = enrolments.funnel(course.key());
        add(new Paragraph(getTranslation("trainer.funnel-enrolled", funnel.enrolled())));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (FunnelStep step : funnel.steps()) {
            String module = Localized.pick(step.titles(), language, course.defaultLanguage());
            bars.add(new BarChart.Bar(getTranslation("trainer.funnel-started", module), step.started(), String.valueOf(step.started())));
            bars.add(new BarChart.Bar(getTranslation("trainer.funnel-completed", module), step.completed(), String.valueOf(step.completed())));
        }
        add(BarChart.of(getTranslation("trainer.funnel"), bars, Math.max(1, funnel.enrolled())));
    }
}
