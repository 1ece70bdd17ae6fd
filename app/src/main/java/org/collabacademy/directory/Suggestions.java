package org.collabacademy.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.collabacademy.base.Language;
import org.collabacademy.directory.DirectoryViews.Reason;
import org.collabacademy.directory.DirectoryViews.Suggestion;
import org.collabacademy.directory.DirectoryViews.SuggestionGroup;
import org.collabacademy.quiz.CollaborationProfile;
import org.collabacademy.quiz.QuizTaking;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggested partners. For each entry of the signed-in user's organization, the entries of other firms on the
 * other side (their offers for my seeks, their seeks for my offers) are scored out of 100:
 * <ul>
 *   <li>area: the same 45, one side "other" 5 (candidates come only from these, so the area decides most);</li>
 *   <li>structure: the same 10, the next looser or tighter one 5;</li>
 *   <li>sector: the same NACE division 15, the same section 8;</li>
 *   <li>place: the same region 15, the same country 8;</li>
 *   <li>words: the share of significant words (entry text and competences) both sides use, up to 20;</li>
 *   <li>trust: a verified badge 5; 15 instead when my collaboration profile says my firm avoids risk, and then
 *       verified firms come first whatever their score; a partner whose shared readiness is 70 or more, 3.</li>
 * </ul>
 * Each suggestion names its strongest reasons. Candidates are read per entry with one indexed query (same area,
 * nearest place first, at most {@value #CANDIDATES}), so suggestions stay quick with 100,000 firms.
 */
@Service
@Transactional(readOnly = true)
public class Suggestions {

    static final int CANDIDATES = 1_000;
    static final int PER_ENTRY = 10;
    static final String RISK_AVOIDING = "risk-avoiding";
    private static final Set<String> STOP_WORDS = Set.of("with", "from", "that", "this", "have", "will", "your", "their", "they", "them",
            "into", "also", "more", "than", "other", "firms", "firm", "partner", "partners", "looking", "offer", "offers", "seek", "seeks",
            "и", "для", "в", "на", "с", "по", "und", "für", "mit", "der", "die", "das", "von", "para", "con", "los", "las", "del");

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganizationRepository organizations;
    private final PartnerEntryRepository entries;
    private final Disclosure disclosure;
    private final NaceCodes nace;
    private final QuizTaking quizzes;

    Suggestions(NamedParameterJdbcTemplate jdbc, OrganizationRepository organizations, PartnerEntryRepository entries, Disclosure disclosure,
                NaceCodes nace, QuizTaking quizzes) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.entries = entries;
        this.disclosure = disclosure;
        this.nace = nace;
        this.quizzes = quizzes;
    }

    @PreAuthorize("isAuthenticated()")
    public List<SuggestionGroup> mine(Language language) {
        Disclosure.Viewer viewer = disclosure.viewer();
        Organization us = viewer.organization();
        if (us == null) {
            return List.of();
        }
        boolean cautious = quizzes.myCollaborationProfile().map(CollaborationProfile::smeType).map(RISK_AVOIDING::equals).orElse(false);
        List<SuggestionGroup> groups = new ArrayList<>();
        for (PartnerEntry mine : entries.findByOrganizationIdOrderById(us.id())) {
            groups.add(new SuggestionGroup(mine.view(), suggest(viewer, us, mine, cautious, language)));
        }
        return groups;
    }

    List<Suggestion> suggest(Disclosure.Viewer viewer, Organization us, PartnerEntry mine, boolean cautious, Language language) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("kind", mine.kind() == EntryKind.SEEK ? EntryKind.OFFER.name() : EntryKind.SEEK.name())
                .addValue("area", mine.area().name()).addValue("us", us.id()).addValue("cluster", us.cluster())
                .addValue("country", us.country()).addValue("region", us.region()).addValue("limit", CANDIDATES);
        String areaCondition = mine.area() == Area.OTHER ? "1 = 1" : "(e.area = :area or e.area = 'OTHER')";
        List<long[]> candidates = jdbc.query("""
                select e.id, e.organization_id from partner_entry e join organization o on o.id = e.organization_id
                where e.kind = :kind and""" + " " + areaCondition + """
                 and o.id <> :us and o.suspended = false
                  and (o.visibility <> 'CLUSTER' or (o.cluster <> '' and o.cluster = :cluster))
                order by case when o.region = :region and o.country = :country then 0 when o.country = :country then 1 else 2 end, e.id
                limit :limit
                """, parameters, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, PartnerEntry> theirEntries = new HashMap<>();
        entries.findAllById(candidates.stream().map(c -> c[0]).toList()).forEach(e -> theirEntries.put(e.id(), e));
        Map<Long, Organization> firms = new HashMap<>();
        organizations.findAllById(candidates.stream().map(c -> c[1]).distinct().toList()).forEach(o -> firms.put(o.id(), o));
        Set<String> ourWords = words(mine.text(), us.competences());
        List<Scored> scored = new ArrayList<>();
        for (long[] candidate : candidates) {
            PartnerEntry theirs = theirEntries.get(candidate[0]);
            Organization firm = firms.get(candidate[1]);
            if (theirs != null && firm != null) {
                scored.add(score(us, mine, ourWords, firm, theirs, cautious));
            }
        }
        Comparator<Scored> order = Comparator.comparingInt(Scored::score).reversed();
        if (cautious) {
            order = Comparator.comparing((Scored s) -> !s.firm().verified()).thenComparing(order);
        }
        // one suggestion per firm: its best-fitting entry
        Set<Long> seen = new HashSet<>();
        List<Suggestion> best = new ArrayList<>();
        for (Scored s : scored.stream().sorted(order).toList()) {
            if (seen.add(s.firm().id())) {
                best.add(new Suggestion(disclosure.card(viewer, s.firm(), List.of(s.entry().view()), language), s.entry().view(), s.score(),
                        s.reasons()));
                if (best.size() == PER_ENTRY) {
                    break;
                }
            }
        }
        return best;
    }

    private record Scored(Organization firm, PartnerEntry entry, int score, List<Reason> reasons) {
    }

    private Scored score(Organization us, PartnerEntry mine, Set<String> ourWords, Organization firm, PartnerEntry theirs, boolean cautious) {
        List<Weighted> parts = new ArrayList<>();
        if (theirs.area() == mine.area()) {
            parts.add(new Weighted(45, new Reason("directory.reason.area", mine.area().name())));
        } else {
            parts.add(new Weighted(5, new Reason("directory.reason.area-other", theirs.area().name())));
        }
        int structureGap = Math.abs(theirs.structure().ordinal() - mine.structure().ordinal());
        if (structureGap == 0) {
            parts.add(new Weighted(10, new Reason("directory.reason.structure", mine.structure().name())));
        } else if (structureGap == 1) {
            parts.add(new Weighted(5, new Reason("directory.reason.structure-near", theirs.structure().name())));
        }
        if (firm.nace().equals(us.nace())) {
            parts.add(new Weighted(15, new Reason("directory.reason.sector", firm.nace())));
        } else if (nace.sameSection(firm.nace(), us.nace())) {
            parts.add(new Weighted(8, new Reason("directory.reason.section", firm.nace())));
        }
        if (firm.country().equals(us.country()) && !firm.region().isBlank() && firm.region().equals(us.region())) {
            parts.add(new Weighted(15, new Reason("directory.reason.region", firm.region())));
        } else if (firm.country().equals(us.country())) {
            parts.add(new Weighted(8, new Reason("directory.reason.country", firm.country())));
        }
        Set<String> theirWords = words(theirs.text(), firm.competences());
        Set<String> shared = new LinkedHashSet<>(ourWords);
        shared.retainAll(theirWords);
        if (!shared.isEmpty()) {
            Set<String> union = new HashSet<>(ourWords);
            union.addAll(theirWords);
            int points = (int) Math.round(20.0 * Math.min(1.0, 2.0 * shared.size() / union.size()));
            parts.add(new Weighted(Math.max(1, points), new Reason("directory.reason.words", String.join(", ", shared.stream().limit(3).toList()))));
        }
        if (firm.verified()) {
            parts.add(new Weighted(cautious ? 15 : 5, new Reason("directory.reason.verified", "")));
        }
        if (firm.showProfile() && firm.readiness() != null && firm.readiness() >= 70) {
            parts.add(new Weighted(3, new Reason("directory.reason.ready", String.valueOf(firm.readiness()))));
        }
        int total = Math.min(100, parts.stream().mapToInt(Weighted::points).sum());
        List<Reason> reasons = parts.stream().sorted(Comparator.comparingInt(Weighted::points).reversed()).limit(3).map(Weighted::reason).toList();
        return new Scored(firm, theirs, total, reasons);
    }

    private record Weighted(int points, Reason reason) {
    }

    static Set<String> words(String text, Set<String> competences) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : (text + " " + String.join(" ", competences)).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4 && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
