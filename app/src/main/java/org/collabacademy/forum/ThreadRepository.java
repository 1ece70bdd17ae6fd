package org.collabacademy.forum;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ThreadRepository extends JpaRepository<ForumThread, Long> {

    /** A place's threads, pinned first, then the latest activity first; hidden ones only for moderators. */
    @Query("""
            select t from ForumThread t where t.placeId = :placeId and (:withHidden = true or t.hidden = false)
            order by t.pinned desc, t.lastPostAt desc, t.id desc
            """)
    Page<ForumThread> inPlace(long placeId, boolean withHidden, Pageable pageable);

    /** The thread, locked until the transaction ends: replies to one thread take their numbers one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ForumThread t where t.id = :id")
    Optional<ForumThread> lockById(long id);

    Optional<ForumThread> findByPlaceIdAndModuleKey(long placeId, String moduleKey);

    List<ForumThread> findByPlaceIdAndWikiTrueAndHiddenFalseOrderByTitle(long placeId);

    long countByPlaceId(long placeId);
}
