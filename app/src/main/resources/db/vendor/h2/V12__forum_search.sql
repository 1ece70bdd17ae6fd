-- On H2 the forum search scans the posts' plain text (see ForumSearch); this keeps the version numbers of
-- both databases in step.
create index ix_forum_post_created on forum_post (created_at);
