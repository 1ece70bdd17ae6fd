package org.collabacademy.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerMessageRepository extends JpaRepository<PartnerMessage, Long> {

    List<PartnerMessage> findByInterestIdOrderByCreatedAt(long interestId);
}
