package org.collabacademy.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the directory's services hand to views. Cards never carry contact details; profiles only after acceptance. */
public final class DirectoryViews {

    private DirectoryViews() {
    }

    public record Entry(long id, EntryKind kind, Area area, Structure structure, String text) {
    }

    /** A profile in a list: {@code name} is null while the firm stays anonymous to the viewer. */
    public record ProfileCard(long id, @Nullable String name, String country, String region, String cluster, String nace,
                              SizeBand size, boolean verified, List<Entry> entries, Set<String> competences, String description) {

        public boolean anonymous() {
            return name == null;
        }
    }

    /** A whole profile as one viewer may see it. */
    public record Profile(ProfileCard card, @Nullable Integer founded, @Nullable String website, Map<String, String> descriptions,
                          @Nullable Contact contact, @Nullable String smeType, @Nullable Integer readiness, Visibility visibility,
                          boolean mine, boolean suspended, boolean canExpressInterest) {
    }

    public record MemberLine(long userId, String name, MembershipStatus status, boolean owner) {
    }

    /** The signed-in user's organization, with its members (for members) and whether they own it. */
    public record MyOrganization(Profile profile, ProfileForm form, List<MemberLine> members, boolean owner, MembershipStatus status) {
    }

    /** Why a partner was suggested: translation keys with one argument each, strongest first. */
    public record Reason(String key, String argument) {
    }

    public record Suggestion(ProfileCard partner, Entry theirs, int score, List<Reason> reasons) {
    }

    public record SuggestionGroup(Entry mine, List<Suggestion> suggestions) {
    }

    /** An expression of interest as one side sees it; the other side's name and contacts follow acceptance. */
    public record InterestLine(long id, boolean sentByUs, InterestStatus status, Entry entry, @Nullable String otherName,
                               String otherRegion, @Nullable Contact otherContact, String message, Instant createdAt,
                               @Nullable Instant decidedAt, boolean canDecide, boolean canWithdraw) {
    }

    public record MessageLine(String author, String text, Instant at, boolean mine) {
    }

    /** A saved search with its criteria as a query string (the same as the search page's address). */
    public record SavedSearchLine(long id, String name, String query) {
    }
}
