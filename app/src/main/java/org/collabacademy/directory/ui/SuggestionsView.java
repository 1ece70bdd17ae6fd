package org.collabacademy.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.collabacademy.base.Language;
import org.collabacademy.directory.DirectoryViews.Reason;
import org.collabacademy.directory.DirectoryViews.Suggestion;
import org.collabacademy.directory.DirectoryViews.SuggestionGroup;
import org.collabacademy.directory.NaceCodes;
import org.collabacademy.directory.Suggestions;

/** Suggested partners for each of my organization's offers and seeks, each with a line that says why. */
@Route("directory/suggestions")
@PermitAll
class SuggestionsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Suggestions suggestions;
    private final NaceCodes codes;

    SuggestionsView(Suggestions suggestions, NaceCodes codes) {
        this.suggestions = suggestions;
        this.codes = codes;
        addClassNames("wide-page", "suggestions-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("directory.suggestions")), new Paragraph(getTranslation("directory.suggestions-lead")));
        List<SuggestionGroup> groups = suggestions.mine(Language.of(getLocale()).orElse(Language.ENGLISH));
        if (groups.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("directory.suggestions-none"));
            none.setId("suggestions-none");
            add(none, new RouterLink(getTranslation("directory.my-organization"), MyOrganizationView.class));
            return;
        }
        for (SuggestionGroup group : groups) {
            Section section = new Section(new H2(Labels.entry(this, group.mine())));
            section.setId("suggestions-" + group.mine().id());
            if (group.suggestions().isEmpty()) {
                section.add(new Paragraph(getTranslation("directory.no-match")));
            }
            for (Suggestion suggestion : group.suggestions()) {
                Div card = Labels.card(this, codes, suggestion.partner());
                Paragraph why = new Paragraph(getTranslation("directory.why", suggestion.score(), reasons(suggestion.reasons())));
                why.addClassName("suggestion-why");
                card.addComponentAtIndex(1, why);
                section.add(card);
            }
            add(section);
        }
    }

    private String reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> getTranslation(r.key(), argument(r))).collect(Collectors.joining("; "));
    }

    private String argument(Reason reason) {
        return switch (reason.key()) {
            case "directory.reason.area", "directory.reason.area-other" -> getTranslation("directory.area." + reason.argument());
            case "directory.reason.structure", "directory.reason.structure-near" -> getTranslation("directory.structure." + reason.argument());
            case "directory.reason.sector", "directory.reason.section" -> Labels.nace(codes, reason.argument(), getLocale());
            case "directory.reason.country" -> Labels.country(reason.argument(), getLocale());
            default -> reason.argument();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.suggestions");
    }
}
