package org.collabacademy.directory;

/** What the directory announces (the learning records feature turns the interest events into xAPI statements). */
public final class DirectoryEvents {

    private DirectoryEvents() {
    }

    /** A profile or its offers and seeks changed: saved searches are checked against it. */
    public record ProfileChanged(long organizationId) {
    }

    /** Something one person should hear of in the app (and by e-mail when mail is configured). */
    public record Notice(long userId, String message, String argument, String link) {
    }

    public record InterestSent(long interestId, long learnerId, long entryId) {
    }

    /** {@code learnerId} is the member who decided. */
    public record InterestDecided(long interestId, long learnerId, long entryId, InterestStatus status) {
    }
}
