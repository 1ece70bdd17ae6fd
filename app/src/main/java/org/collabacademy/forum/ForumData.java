package org.collabacademy.forum;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export: posts as written, memberships, following, reactions. */
@Component
class ForumData implements PersonalData {

    @Override
    public String section() {
        return "forum";
    }

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "profile", "select * from forum_profile where user_id = ?",
                "posts", "select id, thread_id, number, markdown, created_at, edited_at, deleted_at from forum_post where author_id = ?",
                "memberships", "select * from forum_member where user_id = ?",
                "subscriptions", "select * from forum_subscription where user_id = ?",
                "reactions", "select * from forum_reaction where user_id = ?");
    }

    @Override
    public List<String> erasure() {
        // posts stay (threads keep making sense) under "deleted user"; everything personal about reading and mail goes
        return List.of(
                "update forum_profile set display_name = '', email = '', handle = concat('deleted.', cast(user_id as varchar(20))),"
                        + " email_default = 'OFF' where user_id = ?",
                "delete from forum_member where user_id = ?",
                "delete from forum_subscription where user_id = ?",
                "delete from forum_notification where user_id = ?",
                "delete from forum_read where user_id = ?",
                "delete from forum_unsubscribe where user_id = ?");
    }
}
