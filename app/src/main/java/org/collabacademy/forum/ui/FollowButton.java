package org.collabacademy.forum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import org.collabacademy.forum.EmailMode;
import org.collabacademy.forum.Level;

/**
 * How closely the reader follows a place or a thread, and by e-mail: a button that says so and opens a dialog to
 * change it. The dialog is made when it opens: as two selects in the page, the choice cost every reader's session
 * sixteen state nodes on each thread and place.
 */
class FollowButton extends Button {

    /** Keeps the reader's choice. */
    interface Save {
        void save(Level level, EmailMode email);
    }

    private final String id;
    private final Save save;
    private Level level;
    private EmailMode email;

    /** {@code id} names the button ({@code id-follow}) and the dialog's selects ({@code id-level}, {@code id-email}). */
    FollowButton(String id, Level level, EmailMode email, Save save) {
        this.id = id;
        this.save = save;
        this.level = level;
        this.email = email;
        setId(id + "-follow");
        addThemeVariants(ButtonVariant.TERTIARY);
        addClickListener(e -> open());
        show();
    }

    private void show() {
        String choice = getTranslation("forum.level." + level.name()) + " · " + getTranslation("forum.email." + email.name());
        setText(choice);
        getElement().setAttribute("aria-label", getTranslation("forum.follow") + ": " + choice);
    }

    private void open() {
        Select<Level> levels = new Select<>();
        levels.setId(id + "-level");
        levels.setLabel(getTranslation("forum.follow"));
        levels.setItems(Level.values());
        levels.setItemLabelGenerator(l -> getTranslation("forum.level." + l.name()));
        levels.setValue(level);
        Select<EmailMode> emails = new Select<>();
        emails.setId(id + "-email");
        emails.setLabel(getTranslation("forum.email"));
        emails.setItems(EmailMode.values());
        emails.setItemLabelGenerator(m -> getTranslation("forum.email." + m.name()));
        emails.setValue(email);
        levels.addValueChangeListener(e -> choose(e.getValue(), email));
        emails.addValueChangeListener(e -> choose(level, e.getValue()));

        Dialog dialog = new Dialog(getTranslation("forum.follow"), levels, emails);
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.setId(id + "-follow-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void choose(Level level, EmailMode email) {
        save.save(level, email);
        this.level = level;
        this.email = email;
        show();
    }
}
