package org.collabacademy.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.collabacademy.authoring.AuthoringViews.Outline;
import org.collabacademy.authoring.AuthoringViews.PageOutline;
import org.collabacademy.base.Language;

/** Every page against every language of the course: which translations exist, and a link to write each. */
final class TranslationsTable {

    private TranslationsTable() {
    }

    static Grid<PageOutline> of(Component where, Outline outline) {
        Grid<PageOutline> grid = new Grid<>();
        grid.setId("translation-table");
        grid.setAllRowsVisible(true);
        grid.addColumn(PageOutline::title).setHeader(where.getTranslation("authoring.page-title")).setFlexGrow(3);
        for (Language language : outline.languages()) {
            grid.addComponentColumn(page -> {
                boolean present = page.languages().contains(language);
                Anchor link = new Anchor(PageEditorView.path(outline.key(), page.path(), language),
                        where.getTranslation(present ? "authoring.translated" : "authoring.translate"));
                link.getElement().setAttribute("router-link", true);
                link.getElement().getThemeList().add(present ? "badge success" : "badge error");
                return link;
            }).setHeader(language.tag().toUpperCase(Locale.ROOT)).setAutoWidth(true);
        }
        List<PageOutline> pages = new ArrayList<>();
        outline.modules().forEach(m -> pages.addAll(m.pages()));
        grid.setItems(pages);
        return grid;
    }
}
