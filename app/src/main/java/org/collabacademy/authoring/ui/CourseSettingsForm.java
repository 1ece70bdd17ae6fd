package org.collabacademy.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.collabacademy.authoring.Authoring;
import org.collabacademy.authoring.AuthoringViews.CourseSettings;
import org.collabacademy.authoring.AuthoringViews.Outline;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;

/** The course manifest's fields: titles and summaries per language, languages, topics, trainers, certificate. */
class CourseSettingsForm extends Div {

    CourseSettingsForm(Authoring authoring, String courseKey, Outline outline, Runnable saved) {
        CourseSettings settings = outline.settings();
        CheckboxGroup<Language> languages = new CheckboxGroup<>(getTranslation("authoring.languages"));
        languages.setItems(Language.values());
        languages.setItemLabelGenerator(Language::nativeName);
        languages.setValue(new LinkedHashSet<>(settings.languages()));
        languages.setItemEnabledProvider(l -> l != outline.defaultLanguage());
        languages.setId("course-languages");
        add(languages);
        Map<Language, TextField> titles = new EnumMap<>(Language.class);
        Map<Language, TextArea> summaries = new EnumMap<>(Language.class);
        Map<Language, TextField> issuers = new EnumMap<>(Language.class);
        Map<Language, TextField> signerTitles = new EnumMap<>(Language.class);
        for (Language language : outline.languages()) {
            add(new H3(language.nativeName()));
            TextField title = field("authoring.course-title", settings.titles().getOrDefault(language, ""), "course-title-" + language.tag());
            TextArea summary = new TextArea(getTranslation("authoring.summary"), settings.summaries().getOrDefault(language, ""), "");
            summary.setId("course-summary-" + language.tag());
            summary.setWidthFull();
            TextField issuer = field("authoring.issuer", settings.issuer().getOrDefault(language, ""), "issuer-" + language.tag());
            TextField signerTitle = field("authoring.signer-title", settings.signerTitle().getOrDefault(language, ""), "signer-title-" + language.tag());
            titles.put(language, title);
            summaries.put(language, summary);
            issuers.put(language, issuer);
            signerTitles.put(language, signerTitle);
            add(title, summary, issuer, signerTitle);
        }
        TextField topics = field("authoring.topics", settings.topics(), "course-topics");
        TextField trainers = field("authoring.trainers", settings.trainers(), "course-trainers");
        trainers.setHelperText(getTranslation("authoring.trainers-help"));
        TextField signer = field("authoring.signer", settings.signer(), "course-signer");
        TextField color = field("authoring.color", settings.color(), "course-color");
        color.setPlaceholder("#1f5f8b");
        add(topics, trainers, signer, color);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                authoring.saveCourseSettings(courseKey, new CourseSettings(CourseEditorView.values(titles), CourseEditorView.values(summaries),
                        new ArrayList<>(languages.getValue()), topics.getValue(), trainers.getValue(), CourseEditorView.values(issuers), signer.getValue(),
                        CourseEditorView.values(signerTitles), color.getValue()));
                Messages.done(getTranslation("authoring.saved"));
                saved.run();
            } catch (InvalidInput refused) {
                Messages.show(this, refused, Map.of("title", titles.get(outline.defaultLanguage()), "summary", summaries.get(outline.defaultLanguage()),
                        "color", color, "trainers", trainers));
            }
        });
        save.setId("course-settings-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(save);
    }

    private TextField field(String label, String value, String id) {
        TextField field = new TextField(getTranslation(label), value, "");
        field.setId(id);
        field.setWidthFull();
        return field;
    }
}
