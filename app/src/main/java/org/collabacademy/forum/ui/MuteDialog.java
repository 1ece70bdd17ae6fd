package org.collabacademy.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.function.BiConsumer;
import org.collabacademy.base.InvalidInput;

/** Asks a moderator for how long to mute a member (a day, a week, a month or up to a year in days) and why. */
final class MuteDialog {

    /** The choices offered; {@code CUSTOM} takes the number of days from the field next to it. */
    enum Length {
        DAY(1), WEEK(7), MONTH(30), CUSTOM(0);

        private final int days;

        Length(int days) {
            this.days = days;
        }
    }

    static final int MAX_DAYS = 365;

    private MuteDialog() {
    }

    static void ask(Component where, BiConsumer<Duration, String> action) {
        Dialog dialog = new Dialog();
        String title = where.getTranslation("forum.mute");
        dialog.setHeaderTitle(title);
        RadioButtonGroup<Length> length = new RadioButtonGroup<>(where.getTranslation("forum.mute-for"));
        length.setId("mute-length");
        length.setItems(Length.values());
        length.setItemLabelGenerator(l -> where.getTranslation("forum.mute." + l.name()));
        length.setValue(Length.WEEK);
        IntegerField days = new IntegerField(where.getTranslation("forum.mute-days"));
        days.setId("mute-days");
        days.setMin(1);
        days.setMax(MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setVisible(false);
        length.addValueChangeListener(e -> days.setVisible(e.getValue() == Length.CUSTOM));
        TextField reason = new TextField(where.getTranslation("forum.reason-for-log"));
        reason.setId("moderation-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button go = new Button(title, e -> {
            Length chosen = length.getValue() == null ? Length.WEEK : length.getValue();
            Integer custom = days.getValue();
            if (chosen == Length.CUSTOM && (custom == null || custom < 1 || custom > MAX_DAYS)) {
                days.setErrorMessage(where.getTranslation("forum.mute-duration"));
                days.setInvalid(true);
                return;
            }
            try {
                action.accept(Duration.ofDays(chosen == Length.CUSTOM ? custom : chosen.days), reason.getValue().strip());
                dialog.close();
            } catch (InvalidInput refused) {
                Problems.show(reason, where, refused);
            }
        });
        go.setId("mute-confirm");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(length, days, reason);
        dialog.getFooter().add(new Button(where.getTranslation("action.cancel"), e -> dialog.close()), go);
        dialog.open();
    }
}
