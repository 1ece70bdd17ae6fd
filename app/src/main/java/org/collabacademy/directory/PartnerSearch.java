package org.collabacademy.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.base.Language;
import org.collabacademy.directory.DirectoryViews.ProfileCard;
import org.collabacademy.directory.DirectoryViews.SavedSearchLine;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding partners: words (PostgreSQL full text over name, descriptions, competences and offers/seeks; a scan
 * on H2) and facets, a page at a time, verified firms first; saved searches, which hear of every new or
 * changed profile that matches. Results are cards: never contacts, no names of anonymous firms.
 */
@Service
@Transactional(readOnly = true)
public class PartnerSearch {

    static final int MAX_SAVED = 20;

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganizationRepository organizations;
    private final PartnerEntryRepository entries;
    private final SavedSearchRepository saved;
    private final Disclosure disclosure;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean postgres;

    PartnerSearch(NamedParameterJdbcTemplate jdbc, OrganizationRepository organizations, PartnerEntryRepository entries, SavedSearchRepository saved,
                  Disclosure disclosure, org.springframework.context.ApplicationEventPublisher events, Clock clock, DataSourceProperties database) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.entries = entries;
        this.saved = saved;
        this.disclosure = disclosure;
        this.events = events;
        this.clock = clock;
        String url = database.determineUrl();
        this.postgres = url != null && url.startsWith("jdbc:postgresql:");
    }

    @PreAuthorize("isAuthenticated()")
    public List<ProfileCard> search(SearchCriteria criteria, int offset, int limit, Language language) {
        Disclosure.Viewer viewer = disclosure.viewer();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(criteria, viewer, parameters, null);
        parameters.addValue("limit", limit).addValue("offset", offset);
        List<Long> ids = jdbc.queryForList("select o.id from organization o where " + where
                + " order by o.verified desc, o.updated_at desc, o.id desc limit :limit offset :offset", parameters, Long.class);
        return cards(viewer, ids, language);
    }

    @PreAuthorize("isAuthenticated()")
    public int count(SearchCriteria criteria) {
        Disclosure.Viewer viewer = disclosure.viewer();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        Integer count = jdbc.queryForObject("select count(*) from organization o where " + where(criteria, viewer, parameters, null),
                parameters, Integer.class);
        return count == null ? 0 : count;
    }

    /** The values the facets offer, from the profiles that exist. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, List<String>> facetValues() {
        Map<String, List<String>> values = new HashMap<>();
        for (String column : List.of("country", "region", "cluster")) {
            values.put(column, jdbc.getJdbcTemplate().queryForList("select distinct " + column + " from organization where suspended = false and "
                    + column + " <> '' order by " + column, String.class));
        }
        return values;
    }

    @PreAuthorize("isAuthenticated()")
    public List<SavedSearchLine> savedSearches() {
        return saved.findByUserIdOrderByName(disclosure.viewer().userId()).stream()
                .map(s -> new SavedSearchLine(s.id(), s.name(), s.criteria())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SavedSearchLine save(String name, SearchCriteria criteria) {
        long me = disclosure.viewer().userId();
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInput("search-name", "validation.required");
        }
        if (clean.length() > 100) {
            throw new InvalidInput("search-name", "validation.too-long", 100);
        }
        if (saved.countByUserId(me) >= MAX_SAVED) {
            throw new InvalidInput("search-name", "directory.too-many-searches", MAX_SAVED);
        }
        SavedSearch search = saved.save(new SavedSearch(me, clean, criteria.toQuery(), clock.instant()));
        return new SavedSearchLine(search.id(), search.name(), search.criteria());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteSaved(long id) {
        SavedSearch search = saved.findById(id).orElseThrow(() -> new InvalidInput("search", "directory.no-such-search"));
        if (search.userId() != disclosure.viewer().userId()) {
            throw new AuthorizationDeniedException("Not your saved search");
        }
        saved.delete(search);
    }

    /**
     * A profile changed: everyone with a saved search it now matches hears of it (not its own members, and
     * only if they may see it). Runs in the change's transaction, so no match is lost.
     */
    @EventListener
    @Transactional
    void on(DirectoryEvents.ProfileChanged changed) {
        organizations.flush(); // the searches below are SQL: they must see the change
        Organization org = organizations.findById(changed.organizationId()).orElse(null);
        if (org == null || org.suspended()) {
            return;
        }
        for (SavedSearch search : saved.findAll()) {
            MapSqlParameterSource parameters = new MapSqlParameterSource();
            Disclosure.Viewer owner = disclosure.viewerOf(search.userId());
            if (owner.owns(org) || !disclosure.canSee(owner, org)) {
                continue;
            }
            String where = where(SearchCriteria.fromQuery(search.criteria()), owner, parameters, org.id());
            Integer hit = jdbc.queryForObject("select count(*) from organization o where " + where, parameters, Integer.class);
            if (hit != null && hit > 0) {
                events.publishEvent(new DirectoryEvents.Notice(search.userId(), "directory.notice.new-match", search.name(),
                        "directory/organization/" + org.id()));
            }
        }
    }

    private List<ProfileCard> cards(Disclosure.Viewer viewer, List<Long> ids, Language language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Organization> found = new HashMap<>();
        organizations.findAllById(ids).forEach(o -> found.put(o.id(), o));
        Map<Long, List<DirectoryViews.Entry>> byOrg = new HashMap<>();
        entries.findByOrganizationIdInOrderById(ids).forEach(e -> byOrg.computeIfAbsent(e.organizationId(), k -> new ArrayList<>()).add(e.view()));
        List<ProfileCard> cards = new ArrayList<>();
        for (long id : ids) {
            Organization org = found.get(id);
            if (org != null && disclosure.canSee(viewer, org)) {
                cards.add(disclosure.card(viewer, org, byOrg.getOrDefault(id, List.of()), language));
            }
        }
        return cards;
    }

    /** The SQL condition of a search for one viewer: visibility first, then the words and facets. */
    private String where(SearchCriteria criteria, Disclosure.Viewer viewer, MapSqlParameterSource parameters, Long onlyId) {
        StringBuilder where = new StringBuilder();
        if (viewer.admin()) {
            where.append("1 = 1");
        } else {
            long mine = viewer.organization() == null ? -1 : viewer.organization().id();
            String cluster = viewer.organization() == null ? "" : viewer.organization().cluster();
            where.append("(o.suspended = false or o.id = :mine) and (o.visibility <> 'CLUSTER' or o.id = :mine or (o.cluster <> '' and o.cluster = :myCluster))");
            parameters.addValue("mine", mine).addValue("myCluster", cluster);
        }
        if (onlyId != null) {
            where.append(" and o.id = :onlyId");
            parameters.addValue("onlyId", onlyId);
        }
        String text = criteria.text().strip();
        if (text.length() > 200) {
            throw new InvalidInput("query", "validation.too-long", 200);
        }
        if (!text.isEmpty()) {
            if (postgres) {
                where.append(" and o.search @@ websearch_to_tsquery('simple', :text)");
                parameters.addValue("text", text);
            } else {
                List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("[\"()]", " ").split("\\s+"))
                        .filter(w -> !w.isBlank() && !w.startsWith("-")).distinct().limit(8).toList();
                for (int i = 0; i < words.size(); i++) {
                    where.append(" and lower(o.search_text) like :w").append(i).append(" escape '\\'");
                    parameters.addValue("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                }
            }
        }
        facet(where, parameters, "country", criteria.country());
        facet(where, parameters, "region", criteria.region());
        facet(where, parameters, "cluster", criteria.cluster());
        facet(where, parameters, "nace", criteria.nace());
        facet(where, parameters, "size_band", criteria.size() == null ? null : criteria.size().name());
        if (criteria.verifiedOnly()) {
            where.append(" and o.verified = true");
        }
        if (criteria.area() != null || criteria.structure() != null) {
            where.append(" and exists (select 1 from partner_entry e where e.organization_id = o.id");
            if (criteria.area() != null) {
                where.append(" and e.area = :area");
                parameters.addValue("area", criteria.area().name());
            }
            if (criteria.structure() != null) {
                where.append(" and e.structure = :structure");
                parameters.addValue("structure", criteria.structure().name());
            }
            where.append(")");
        }
        return where.toString();
    }

    private static void facet(StringBuilder where, MapSqlParameterSource parameters, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and o.").append(column).append(" = :").append(column);
            parameters.addValue(column, value);
        }
    }
}
