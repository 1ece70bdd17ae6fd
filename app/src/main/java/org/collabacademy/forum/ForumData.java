package org.collabacademy.forum;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.collabacademy.base.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export: posts as written, memberships, following, reactions. */
@Component
class ForumData implements PersonalData {

    private final JdbcTemplate jdbc;

    ForumData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "forum";
    }

    @Override
    public Map<String, List<Map<String, Object>>> of(long userId) {
        return Map.of(
                "profile", PersonalDataRows.rows(jdbc, "select * from forum_profile where user_id = ?", userId),
                "posts", PersonalDataRows.rows(jdbc, "select id, thread_id, number, markdown, created_at, edited_at, deleted_at from forum_post where author_id = ?", userId),
                "memberships", PersonalDataRows.rows(jdbc, "select * from forum_member where user_id = ?", userId),
                "subscriptions", PersonalDataRows.rows(jdbc, "select * from forum_subscription where user_id = ?", userId),
                "reactions", PersonalDataRows.rows(jdbc, "select * from forum_reaction where user_id = ?", userId));
    }
}
