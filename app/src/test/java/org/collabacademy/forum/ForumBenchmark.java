package org.collabacademy.forum;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.collabacademy.BenchmarkDatabases;
import org.collabacademy.base.SignedIn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark (not a test), on H2 and PostgreSQL side by side: opening a thread (its header and first stretch of
 * posts, as the thread view does) with 10 replies vs 10,000 replies, and searching the
 * posts of those two threads (about 10,000) vs 100,000 posts.
 */
public final class ForumBenchmark {

    private static final int BIG_THREAD = 10_000;
    private static final int ALL_POSTS = 100_000;
    private static final String[] WORDS = ("supplier customer training trainer cluster region partner agreement logistics purchasing "
            + "quality product market export fair stand machine steel wood energy software service contract budget meeting plan "
            + "joint venture network alliance consortium trust knowledge skills costs risk innovation design").split(" ");

    private record Reader(long userId, String displayName, String email, String organization) implements SignedIn {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkDatabases.printBoth("forum", (database, datasource) -> run(database, datasource));
    }

    private static List<String> run(String database, List<String> datasource) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkDatabases.start(datasource)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Discussions discussions = context.getBean(Discussions.class);
            ForumSearch search = context.getBean(ForumSearch.class);
            long place = seedPlace(jdbc);
            long small = seedThread(jdbc, place, "Ten replies", 11, new Random(1));
            long big = seedThread(jdbc, place, "Ten thousand replies", BIG_THREAD + 1, new Random(2));
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    new Reader(900_001, "Benchmark reader", "reader@bench.example", ""), null, AuthorityUtils.createAuthorityList("ROLE_LEARNER")));
            try {
                double openSmall = median(() -> open(discussions, small, 1));
                double openBig = median(() -> open(discussions, big, 1));
                double openBigEnd = median(() -> open(discussions, big, BIG_THREAD - 5));
                List<String> lines = new ArrayList<>();
                lines.add(String.format(Locale.ROOT, "%-10s open a thread: 10 replies %.1f ms, 10,000 replies %.1f ms (at its end %.1f ms); ratio %.2f",
                        database, openSmall, openBig, openBigEnd, openBig / openSmall));
                // search over the posts of the two threads (about 10,000), then over 100,000
                int before = countPosts(jdbc);
                double commonFew = median(() -> search.search("supplier training", 0, 30));
                double rareFew = median(() -> search.search("zeppelin", 0, 30));
                seedFiller(jdbc, place, ALL_POSTS - before, new Random(4));
                int after = countPosts(jdbc);
                if (database.equals("PostgreSQL")) {
                    jdbc.execute("analyze"); // as autovacuum would have done by now
                }
                double commonMany = median(() -> search.search("supplier training", 0, 30));
                double rareMany = median(() -> search.search("zeppelin", 0, 30));
                lines.add(String.format(Locale.ROOT, "%-10s search (%,d posts vs %,d): two common words %.1f vs %.1f ms (ratio %.1f), one rare word %.1f vs %.1f ms (ratio %.1f)",
                        database, before, after, commonFew, commonMany, commonMany / commonFew, rareFew, rareMany, rareMany / rareFew));
                return lines;
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    /** What the thread view does when it opens: the thread, a stretch of 20 posts, the read mark. */
    private static Object open(Discussions discussions, long thread, int from) {
        discussions.thread(thread);
        discussions.posts(thread, from, from + 19);
        discussions.markRead(thread, from + 19);
        return null;
    }

    private static long seedPlace(JdbcTemplate jdbc) {
        jdbc.update("insert into forum_place (place_key, kind, category, title, description, access, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                "bench", "COMMUNITY", "TOPIC", "Benchmark", "", "OPEN", Timestamp.from(Instant.now()));
        Long id = jdbc.queryForObject("select id from forum_place where place_key = 'bench'", Long.class);
        return id == null ? 0 : id;
    }

    private static long seedThread(JdbcTemplate jdbc, long place, String title, int posts, Random random) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into forum_thread (place_id, title, author_id, post_count, created_at, last_post_at) values (?, ?, 1, ?, ?, ?)",
                place, title, posts, now, now);
        Long thread = jdbc.queryForObject("select max(id) from forum_thread", Long.class);
        long id = thread == null ? 0 : thread;
        insertPosts(jdbc, id, 1, posts, random);
        return id;
    }

    private static int seedFiller(JdbcTemplate jdbc, long place, int posts, Random random) {
        int left = posts;
        while (left > 0) {
            int size = Math.min(1_000, left);
            seedThread(jdbc, place, "Filler " + left, size, random);
            left -= size;
        }
        return posts;
    }

    private static void insertPosts(JdbcTemplate jdbc, long thread, int from, int to, Random random) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int number = from; number <= to; number++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            if (random.nextInt(20_000) == 0) {
                text.append("zeppelin");
            }
            String plain = text.toString().strip();
            rows.add(new Object[] {thread, number, 1 + random.nextInt(200), plain, "<p>" + plain + "</p>", plain, now});
            if (rows.size() == 1_000) {
                flush(jdbc, rows);
            }
        }
        flush(jdbc, rows);
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into forum_post (thread_id, number, author_id, markdown, html, plain_text, created_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
            rows.clear();
        }
    }

    private static int countPosts(JdbcTemplate jdbc) {
        Integer count = jdbc.queryForObject("select count(*) from forum_post", Integer.class);
        return count == null ? 0 : count;
    }

    private static double median(Supplier<Object> action) {
        return BenchmarkDatabases.median(5, 21, action);
    }
}
