package org.collabacademy.forum;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<Post, Long> {

    /** A stretch of a thread by post number: uses the (thread, number) key, so post 9,990 is as quick as post 1. */
    List<Post> findByThreadIdAndNumberBetweenOrderByNumber(long threadId, int from, int to);

    Optional<Post> findByThreadIdAndNumber(long threadId, int number);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);
}
