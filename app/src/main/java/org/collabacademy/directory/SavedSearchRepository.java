package org.collabacademy.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

    List<SavedSearch> findByUserIdOrderByName(long userId);

    long countByUserId(long userId);
}
