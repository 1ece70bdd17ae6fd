package org.collabacademy.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Map;
import org.collabacademy.authoring.AuthoringViews.Author;
import org.collabacademy.authoring.CourseAuthors;
import org.collabacademy.base.InvalidInput;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The course's owner and co-authors; the owner adds and removes co-authors. */
class AuthorsPanel extends Div {

    private final CourseAuthors authors;
    private final String courseKey;
    private final Grid<Author> grid = new Grid<>();

    AuthorsPanel(CourseAuthors authors, String courseKey) {
        this.authors = authors;
        this.courseKey = courseKey;
        grid.setId("authors-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(Author::name).setHeader(getTranslation("authoring.author"));
        grid.addColumn(Author::email).setHeader(getTranslation("authoring.email"));
        grid.addColumn(a -> getTranslation(a.owner() ? "authoring.owner" : "authoring.co-author")).setHeader(getTranslation("authoring.role"));
        grid.addComponentColumn(a -> {
            Button remove = new Button(getTranslation("authoring.remove"), e -> {
                try {
                    authors.removeCoAuthor(courseKey, a.userId());
                    refresh();
                } catch (AuthorizationDeniedException notOwner) {
                    Messages.done(getTranslation("authoring.owner-only"));
                }
            });
            remove.setId("remove-author-" + a.userId());
            remove.setVisible(!a.owner());
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            return remove;
        });
        EmailField email = new EmailField(getTranslation("authoring.add-co-author"));
        email.setId("co-author-email");
        Button add = new Button(getTranslation("authoring.add"), e -> {
            try {
                authors.addCoAuthor(courseKey, email.getValue());
                email.clear();
                refresh();
            } catch (InvalidInput refused) {
                Messages.show(this, refused, Map.of("email", email));
            } catch (AuthorizationDeniedException notOwner) {
                email.setErrorMessage(getTranslation("authoring.owner-only"));
                email.setInvalid(true);
            }
        });
        add.setId("add-co-author");
        FlexLayout form = new FlexLayout(email, add);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.addClassName("catalog-filters");
        add(grid, form);
        refresh();
    }

    private void refresh() {
        grid.setItems(authors.authors(courseKey));
    }
}
