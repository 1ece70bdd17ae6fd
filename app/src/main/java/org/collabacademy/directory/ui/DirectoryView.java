package org.collabacademy.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.directory.Area;
import org.collabacademy.directory.DirectoryViews.ProfileCard;
import org.collabacademy.directory.NaceCodes;
import org.collabacademy.directory.PartnerSearch;
import org.collabacademy.directory.SearchCriteria;
import org.collabacademy.directory.SizeBand;
import org.collabacademy.directory.Structure;

/** Partner search: words and facets, results a page at a time (verified firms first), and saved searches. */
@Route("directory")
@Menu(title = "nav.directory", order = 9, icon = "vaadin:search")
@PermitAll
class DirectoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PartnerSearch search;
    private final NaceCodes codes;
    private final TextField text = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<String> cluster = new ComboBox<>();
    private final ComboBox<NaceCodes.Division> nace = new ComboBox<>();
    private final Select<Area> area = new Select<>();
    private final Select<Structure> structure = new Select<>();
    private final Select<SizeBand> size = new Select<>();
    private final Checkbox verified = new Checkbox();
    private final Grid<ProfileCard> results = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Div saved = new Div();
    private SearchCriteria criteria = SearchCriteria.all();

    DirectoryView(PartnerSearch search, NaceCodes codes) {
        this.search = search;
        this.codes = codes;
        addClassNames("wide-page", "directory-page");
        Language language = Language.of(getLocale()).orElse(Language.ENGLISH);
        text.setId("directory-text");
        text.setPlaceholder(getTranslation("directory.search-words"));
        text.setAriaLabel(getTranslation("directory.search-words"));
        text.setMaxLength(200);
        text.setWidth("min(30rem, 100%)");
        Map<String, List<String>> facets = search.facetValues();
        country.setId("facet-country");
        country.setLabel(getTranslation("directory.country"));
        country.setItems(facets.getOrDefault("country", List.of()));
        country.setItemLabelGenerator(c -> Labels.country(c, getLocale()));
        region.setId("facet-region");
        region.setLabel(getTranslation("directory.region"));
        region.setItems(facets.getOrDefault("region", List.of()));
        cluster.setId("facet-cluster");
        cluster.setLabel(getTranslation("directory.cluster"));
        cluster.setItems(facets.getOrDefault("cluster", List.of()));
        nace.setId("facet-nace");
        nace.setLabel(getTranslation("directory.nace"));
        nace.setItems(codes.divisions());
        nace.setItemLabelGenerator(d -> d.label(language));
        area.setId("facet-area");
        area.setLabel(getTranslation("directory.area"));
        area.setItems(Area.values());
        area.setEmptySelectionAllowed(true);
        area.setItemLabelGenerator(a -> a == null ? getTranslation("directory.any") : getTranslation("directory.area." + a.name()));
        structure.setId("facet-structure");
        structure.setLabel(getTranslation("directory.structure"));
        structure.setItems(Structure.values());
        structure.setEmptySelectionAllowed(true);
        structure.setItemLabelGenerator(s -> s == null ? getTranslation("directory.any") : getTranslation("directory.structure." + s.name()));
        size.setId("facet-size");
        size.setLabel(getTranslation("directory.size"));
        size.setItems(SizeBand.values());
        size.setEmptySelectionAllowed(true);
        size.setItemLabelGenerator(s -> s == null ? getTranslation("directory.any") : getTranslation("directory.size." + s.name()));
        verified.setId("facet-verified");
        verified.setLabel(getTranslation("directory.verified-only"));
        Button go = new Button(getTranslation("directory.search"), e -> go());
        go.setId("directory-search");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button keep = new Button(getTranslation("directory.save-search"), e -> saveSearch());
        keep.setId("save-search");
        HorizontalLayout top = new HorizontalLayout(text, go, keep);
        FlexLayout filters = new FlexLayout(country, region, cluster, nace, area, structure, size, verified);
        filters.addClassName("place-actions");
        results.setId("directory-results");
        results.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.addComponentColumn(card -> Labels.card(this, codes, card)).setKey("card");
        results.setHeight("44rem");
        count.setId("directory-count");
        saved.setId("saved-searches");
        RouterLink suggestions = new RouterLink(getTranslation("directory.see-suggestions"), SuggestionsView.class);
        add(new H1(getTranslation("directory.title")), new Paragraph(getTranslation("directory.lead")), suggestions, top, filters, saved, count, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        criteria = SearchCriteria.fromQuery(event.getLocation().getQueryParameters().getQueryString());
        text.setValue(criteria.text());
        country.setValue(criteria.country());
        region.setValue(criteria.region());
        cluster.setValue(criteria.cluster());
        nace.setValue(criteria.nace() == null ? null : codes.division(criteria.nace()).orElse(null));
        area.setValue(criteria.area());
        structure.setValue(criteria.structure());
        size.setValue(criteria.size());
        verified.setValue(criteria.verifiedOnly());
        Language language = Language.of(getLocale()).orElse(Language.ENGLISH);
        try {
            count.setText(getTranslation("directory.found", search.count(criteria)));
            results.setItems(query -> search.search(criteria, query.getOffset(), query.getLimit(), language).stream());
        } catch (InvalidInput refused) {
            Labels.notify(this, refused);
        }
        showSaved();
    }

    private void go() {
        SearchCriteria wanted = new SearchCriteria(text.getValue(), country.getValue(), region.getValue(), cluster.getValue(),
                nace.getValue() == null ? null : nace.getValue().code(), area.getValue(), structure.getValue(), size.getValue(), verified.getValue());
        UI.getCurrent().navigate("directory", QueryParameters.fromString(wanted.toQuery()));
    }

    private void showSaved() {
        saved.removeAll();
        search.savedSearches().forEach(line -> {
            RouterLink link = new RouterLink(line.name(), DirectoryView.class);
            link.setQueryParameters(QueryParameters.fromString(line.query()));
            Button delete = new Button(getTranslation("directory.remove"), e -> {
                search.deleteSaved(line.id());
                showSaved();
            });
            delete.setId("delete-search-" + line.id());
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            HorizontalLayout item = new HorizontalLayout(link, delete);
            item.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            saved.add(item);
        });
    }

    private void saveSearch() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("directory.save-search"));
        TextField name = new TextField(getTranslation("directory.search-name"));
        name.setId("search-name");
        name.setMaxLength(100);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                search.save(name.getValue(), criteria);
                dialog.close();
                showSaved();
            } catch (InvalidInput refused) {
                name.setErrorMessage(getTranslation(refused.problems().getFirst().messageKey(), refused.problems().getFirst().arguments().toArray()));
                name.setInvalid(true);
            }
        });
        save.setId("search-name-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("directory.save-search-help")), name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title");
    }
}
