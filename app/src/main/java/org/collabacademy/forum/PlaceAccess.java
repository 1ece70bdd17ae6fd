package org.collabacademy.forum;

/** Open to every signed-in user, or to members a moderator has let in. */
public enum PlaceAccess {
    OPEN,
    MEMBERS_ONLY
}
