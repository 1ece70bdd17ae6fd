package org.collabacademy.forum;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModerationLogRepository extends JpaRepository<ModerationEntry, Long> {

    Page<ModerationEntry> findByPlaceIdInOrderByAtDesc(Collection<Long> placeIds, Pageable pageable);
}
