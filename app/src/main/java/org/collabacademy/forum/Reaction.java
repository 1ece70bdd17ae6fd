package org.collabacademy.forum;

/** The small fixed set of reactions, each with the name of the Vaadin icon that shows it. */
public enum Reaction {
    LIKE("THUMBS_UP"),
    THANKS("HANDSHAKE"),
    INSIGHTFUL("LIGHTBULB"),
    AGREE("CHECK");

    private final String icon;

    Reaction(String icon) {
        this.icon = icon;
    }

    /** A {@code VaadinIcon} name (an icon font ships with the app, so no emoji font is needed). */
    public String icon() {
        return icon;
    }
}
