package org.collabacademy.directory.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.directory.NaceCodes;
import org.collabacademy.directory.ProfileForm;
import org.collabacademy.directory.SizeBand;
import org.collabacademy.directory.Visibility;

/** The fields of an organization's profile, with each refused value's message next to its field. */
class ProfileEditor extends FormLayout {

    private final TextField name = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final TextField region = new TextField();
    private final TextField cluster = new TextField();
    private final ComboBox<NaceCodes.Division> nace = new ComboBox<>();
    private final Select<SizeBand> size = new Select<>();
    private final IntegerField founded = new IntegerField();
    private final TextField website = new TextField();
    private final Select<Visibility> visibility = new Select<>();
    private final TextArea description = new TextArea();
    private final TextField competences = new TextField();
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField contactPhone = new TextField();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final NaceCodes codes;

    ProfileEditor(NaceCodes codes) {
        this.codes = codes;
        Locale locale = getLocale();
        Language language = Language.of(locale).orElse(Language.ENGLISH);
        field(name, "name", "directory.name");
        name.setMaxLength(160);
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(c -> Labels.country(c, locale))).toList());
        country.setItemLabelGenerator(c -> Labels.country(c, locale));
        field(country, "country", "directory.country");
        field(region, "region", "directory.region");
        region.setMaxLength(100);
        field(cluster, "cluster", "directory.cluster");
        cluster.setMaxLength(120);
        nace.setItems(codes.divisions());
        nace.setItemLabelGenerator(d -> d.label(language));
        field(nace, "nace", "directory.nace");
        size.setItems(SizeBand.values());
        size.setItemLabelGenerator(s -> getTranslation("directory.size." + s.name()));
        size.setValue(SizeBand.SMALL);
        field(size, "size", "directory.size");
        field(founded, "founded", "directory.founded");
        field(website, "website", "directory.website");
        website.setPlaceholder("https://");
        website.setMaxLength(300);
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("directory.visibility." + v.name()));
        visibility.setValue(Visibility.PUBLIC);
        field(visibility, "visibility", "directory.visibility");
        field(description, "description", "directory.description");
        description.setMaxLength(4000);
        field(competences, "competences", "directory.competences");
        competences.setHelperText(getTranslation("directory.competences-help"));
        field(contactName, "contact-name", "directory.contact-name");
        field(contactEmail, "contact-email", "directory.contact-email");
        field(contactPhone, "contact-phone", "directory.contact-phone");
        contactPhone.setHelperText(getTranslation("directory.contact-help"));
        setColspan(description, 2);
        setColspan(competences, 2);
    }

    private void field(com.vaadin.flow.component.Component component, String id, String label) {
        component.setId("profile-" + id);
        component.getElement().setProperty("label", getTranslation(label));
        fields.put(id, (HasValidation) component);
        add(component);
    }

    void setValue(ProfileForm form) {
        Language language = Language.of(getLocale()).orElse(Language.ENGLISH);
        name.setValue(form.name());
        country.setValue(form.country().isEmpty() ? null : form.country());
        region.setValue(form.region());
        cluster.setValue(form.cluster());
        nace.setValue(codes.division(form.nace()).orElse(null));
        size.setValue(form.sizeBand());
        founded.setValue(form.founded());
        website.setValue(form.website());
        visibility.setValue(form.visibility());
        description.setValue(form.descriptions().getOrDefault(language.tag(), form.descriptions().values().stream().findFirst().orElse("")));
        competences.setValue(String.join(", ", form.competences()));
        contactName.setValue(form.contactName());
        contactEmail.setValue(form.contactEmail());
        contactPhone.setValue(form.contactPhone());
    }

    /** The form as entered; the description is kept in the user's language next to the other languages it has. */
    ProfileForm value(Map<String, String> otherDescriptions) {
        Language language = Language.of(getLocale()).orElse(Language.ENGLISH);
        Map<String, String> descriptions = new LinkedHashMap<>(otherDescriptions);
        descriptions.put(language.tag(), description.getValue());
        Set<String> tags = new LinkedHashSet<>();
        Arrays.stream(competences.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
        return new ProfileForm(name.getValue(), country.getValue() == null ? "" : country.getValue(), region.getValue(), cluster.getValue(),
                nace.getValue() == null ? "" : nace.getValue().code(), size.getValue(), founded.getValue(), website.getValue(),
                visibility.getValue(), descriptions, tags, contactName.getValue(), contactEmail.getValue(), contactPhone.getValue());
    }

    void show(InvalidInput refused) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (InvalidInput.Problem problem : refused.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
                field.setInvalid(true);
            } else {
                Labels.notify(this, refused);
            }
        }
    }
}
