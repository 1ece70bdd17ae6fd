package org.collabacademy.base.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/** A person's name as a view shows it: the name of a deleted account is blank in the records and reads "deleted user". */
public final class ShownName {

    private ShownName() {
    }

    public static String of(Component where, @Nullable String name) {
        return name == null || name.isBlank() ? where.getTranslation("account.deleted-user") : name;
    }
}
