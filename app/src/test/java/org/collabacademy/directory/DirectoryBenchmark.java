package org.collabacademy.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.collabacademy.BenchmarkDatabases;
import org.collabacademy.base.Language;
import org.collabacademy.base.SignedIn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark (not a test), on H2 and PostgreSQL side by side: partner search (words, facets, first page and
 * count) and suggestions for one organization, with 1,000 and then 100,000 generated organizations.
 */
public final class DirectoryBenchmark {

    private static final int FEW = 1_000;
    private static final int MANY = 100_000;

    private record Member(long userId, String displayName, String email, String organization) implements SignedIn {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkDatabases.printBoth("directory", DirectoryBenchmark::run);
    }

    private static List<String> run(String database, List<String> datasource) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkDatabases.start(datasource)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            PartnerSearch search = context.getBean(PartnerSearch.class);
            Suggestions suggestions = context.getBean(Suggestions.class);
            List<OrganizationGenerator.Firm> firms = OrganizationGenerator.firms(MANY, 42);
            insert(jdbc, firms.subList(0, FEW));
            long mine = jdbc.queryForObject("select min(id) from organization where visibility = 'PUBLIC'", Long.class);
            jdbc.update("insert into organization_member (organization_id, user_id, status, owner, name, since) values (?, 900001, 'MEMBER', true, 'Bench', ?)",
                    mine, Timestamp.from(Instant.now()));
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    new Member(900_001, "Bench member", "bench@bench.example", ""), null, AuthorityUtils.createAuthorityList("ROLE_LEARNER")));
            try {
                double[] few = measure(search, suggestions);
                insert(jdbc, firms.subList(FEW, MANY));
                if (database.equals("PostgreSQL")) {
                    jdbc.execute("analyze"); // as autovacuum would have done by now
                }
                double[] many = measure(search, suggestions);
                String[] what = {"words (\"welding training\")", "facets (country, area)", "first page, no filter", "count of a word search",
                        "suggestions (all my entries)"};
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < what.length; i++) {
                    lines.add(String.format(Locale.ROOT, "%-10s %-30s %,d orgs %7.1f ms   %,d orgs %7.1f ms   ratio %5.1f",
                            database, what[i], FEW, few[i], MANY, many[i], many[i] / few[i]));
                }
                return lines;
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private static double[] measure(PartnerSearch search, Suggestions suggestions) {
        SearchCriteria words = new SearchCriteria("welding training", null, null, null, null, null, null, null, false);
        SearchCriteria facets = new SearchCriteria("", "RU", null, null, null, Area.TRAINING, null, null, false);
        return new double[] {
                median(() -> search.search(words, 0, 50, Language.ENGLISH)),
                median(() -> search.search(facets, 0, 50, Language.ENGLISH)),
                median(() -> search.search(SearchCriteria.all(), 0, 50, Language.ENGLISH)),
                median(() -> search.count(words)),
                median(() -> suggestions.mine(Language.ENGLISH))};
    }

    /** Writes firms with JDBC batches (the same rows the services write). */
    private static void insert(JdbcTemplate jdbc, List<OrganizationGenerator.Firm> firms) {
        Timestamp now = Timestamp.from(Instant.now());
        Long start = jdbc.queryForObject("select coalesce(max(id), 0) from organization", Long.class);
        long id = start == null ? 0 : start;
        List<Object[]> organizations = new ArrayList<>();
        List<Object[]> descriptions = new ArrayList<>();
        List<Object[]> competences = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        for (OrganizationGenerator.Firm firm : firms) {
            id++;
            ProfileForm p = firm.profile();
            StringBuilder entryText = new StringBuilder();
            for (OrganizationGenerator.GeneratedEntry e : firm.entries()) {
                entries.add(new Object[] {id, e.kind().name(), e.area().name(), e.structure().name(), e.text(), now});
                entryText.append(e.text()).append(' ');
            }
            organizations.add(new Object[] {id, p.name(), OrganizationNames.normalize(p.name()), p.country(), p.region(), p.cluster(), p.nace(),
                    p.sizeBand().name(), p.founded(), p.website(), p.visibility().name(), firm.verified(), p.contactName(), p.contactEmail(),
                    p.contactPhone(), Organization.searchText(p.name(), p.visibility(), p.region(), p.cluster(), p.descriptions().values(),
                    p.competences(), entryText.toString()), now, now});
            long organizationId = id;
            p.descriptions().forEach((language, text) -> descriptions.add(new Object[] {organizationId, language, text}));
            for (String competence : p.competences()) {
                competences.add(new Object[] {id, competence});
            }
        }
        jdbc.batchUpdate("""
                insert into organization (id, name, normalized_name, country, region, cluster, nace, size_band, founded, website, visibility,
                verified, contact_name, contact_email, contact_phone, search_text, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, organizations);
        jdbc.batchUpdate("insert into organization_description (organization_id, language, text) values (?, ?, ?)", descriptions);
        jdbc.batchUpdate("insert into organization_competence (organization_id, competence) values (?, ?)", competences);
        jdbc.batchUpdate("insert into partner_entry (organization_id, kind, area, structure, text, created_at) values (?, ?, ?, ?, ?, ?)", entries);
        jdbc.execute(jdbc.getDataSource() != null && isPostgres(jdbc)
                ? "select setval(pg_get_serial_sequence('organization', 'id'), (select max(id) from organization))"
                : "alter table organization alter column id restart with " + (id + 1));
    }

    private static boolean isPostgres(JdbcTemplate jdbc) {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        return "PostgreSQL".equals(product);
    }

    private static double median(Supplier<Object> action) {
        return BenchmarkDatabases.median(3, 11, action);
    }
}
