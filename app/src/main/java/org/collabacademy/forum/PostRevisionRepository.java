package org.collabacademy.forum;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRevisionRepository extends JpaRepository<PostRevision, Long> {

    List<PostRevision> findByPostIdOrderByEditedAtDesc(long postId);
}
