package org.collabacademy.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectoryNoticeRepository extends JpaRepository<DirectoryNotice, Long> {

    List<DirectoryNotice> findByUserIdAndShownFalseOrderByCreatedAt(long userId);
}
