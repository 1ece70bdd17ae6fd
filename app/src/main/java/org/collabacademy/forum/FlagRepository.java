package org.collabacademy.forum;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FlagRepository extends JpaRepository<Flag, Long> {

    boolean existsByPostIdAndUserId(long postId, long userId);

    long countByPostIdAndResolvedAtIsNull(long postId);

    List<Flag> findByPostIdAndResolvedAtIsNull(long postId);

    /** Posts with open flags in the given places, most flagged first. */
    @Query("""
            select f.postId from Flag f, Post p, ForumThread t
            where f.postId = p.id and p.threadId = t.id and t.placeId in :placeIds and f.resolvedAt is null
            group by f.postId order by count(f) desc, min(f.createdAt)
            """)
    List<Long> flaggedPosts(Collection<Long> placeIds);
}
