package org.collabacademy.forum;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<ForumNotification, Long> {

    Page<ForumNotification> findByUserIdOrderByCreatedAtDesc(long userId, Pageable pageable);

    long countByUserIdAndReadAtIsNull(long userId);

    /** Claims a notification's e-mail for this node: 1 when it was still waiting in that state, 0 when another got it. */
    @Modifying
    @Query("update ForumNotification n set n.emailState = org.collabacademy.forum.ForumNotification.EmailState.SENT where n.id = :id and n.emailState = :state")
    int claimEmail(long id, ForumNotification.EmailState state);

    @Query("select distinct n.userId from ForumNotification n where n.emailState = org.collabacademy.forum.ForumNotification.EmailState.DIGEST")
    List<Long> usersWithDigest();

    List<ForumNotification> findByUserIdAndEmailStateOrderByCreatedAt(long userId, ForumNotification.EmailState state);

    @Modifying
    @Query("update ForumNotification n set n.readAt = :at where n.userId = :userId and n.threadId = :threadId and n.readAt is null")
    int readThread(long userId, long threadId, java.time.Instant at);

    @Modifying
    @Query("update ForumNotification n set n.readAt = :at where n.userId = :userId and n.readAt is null")
    int readAll(long userId, java.time.Instant at);
}
