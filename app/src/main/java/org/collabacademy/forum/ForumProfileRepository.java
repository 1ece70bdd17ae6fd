package org.collabacademy.forum;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ForumProfileRepository extends JpaRepository<ForumProfile, Long> {

    boolean existsByHandle(String handle);

    List<ForumProfile> findByHandleIn(Collection<String> handles);
}
