package org.collabacademy.forum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.forum.ForumViews.SearchHit;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search across the posts the signed-in user may see. PostgreSQL: full text search over an index of the
 * posts' plain text ({@code websearch_to_tsquery}: words, "phrases", -excluded), ranked. H2: every word
 * must occur, newest first.
 */
@Service
@Transactional(readOnly = true)
public class ForumSearch {

    private static final int MAX_QUERY = 200;
    private static final String VISIBLE = """
            p.deleted_at is null and p.hidden = false and t.hidden = false and t.place_id in (:places)
            """;

    private final JdbcClient jdbc;
    private final Access access;
    private final boolean postgres;

    ForumSearch(JdbcClient jdbc, Access access, DataSourceProperties database) {
        this.jdbc = jdbc;
        this.access = access;
        String url = database.determineUrl();
        this.postgres = url != null && url.startsWith("jdbc:postgresql:");
    }

    /** Up to {@code limit} hits from {@code offset}; an empty query finds nothing. */
    @PreAuthorize("isAuthenticated()")
    public List<SearchHit> search(String query, int offset, int limit) {
        String text = PostText.clean(query).strip();
        if (text.length() > MAX_QUERY) {
            throw new InvalidInput("query", "validation.too-long", MAX_QUERY);
        }
        Set<Long> places = access.readable();
        if (text.isEmpty() || places.isEmpty()) {
            return List.of();
        }
        String select = """
                select p.number, p.thread_id, p.plain_text, p.created_at, t.title, pl.place_key, pl.title as place_title,
                       coalesce(pr.display_name, 'CollabAcademy') as author
                from forum_post p join forum_thread t on t.id = p.thread_id join forum_place pl on pl.id = t.place_id
                left join forum_profile pr on pr.user_id = p.author_id
                """;
        JdbcClient.StatementSpec statement;
        if (postgres) {
            statement = jdbc.sql(select + """
                    , websearch_to_tsquery('simple', :q) query
                    where p.search @@ query and""" + " " + VISIBLE + """
                    order by ts_rank(p.search, query) desc, p.created_at desc
                    limit :limit offset :offset
                    """).param("q", text);
        } else {
            List<String> words = words(text);
            StringBuilder where = new StringBuilder(" where ");
            for (int i = 0; i < words.size(); i++) {
                where.append("lower(p.plain_text) like :w").append(i).append(" escape '\\' and ");
            }
            statement = jdbc.sql(select + where + VISIBLE + " order by p.created_at desc limit :limit offset :offset");
            for (int i = 0; i < words.size(); i++) {
                statement = statement.param("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        List<String> words = words(text);
        return statement.param("places", places).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new SearchHit(rs.getString("place_key"), rs.getString("place_title"), rs.getLong("thread_id"),
                        rs.getString("title"), rs.getInt("number"), rs.getString("author"), excerpt(rs.getString("plain_text"), words),
                        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("[\"()]", " ").split("\\s+"))
                .filter(w -> !w.isBlank() && !w.startsWith("-") && !w.equals("or")).distinct().limit(8).toList());
        return words.isEmpty() ? List.of(text.toLowerCase(Locale.ROOT)) : words;
    }

    /** About 200 characters around the first word found. */
    static String excerpt(String plain, List<String> words) {
        String lower = plain.toLowerCase(Locale.ROOT);
        int at = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, at - 60);
        int to = Math.min(plain.length(), from + 200);
        return (from > 0 ? "…" : "") + plain.substring(from, to).strip() + (to < plain.length() ? "…" : "");
    }
}
