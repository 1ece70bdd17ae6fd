package org.collabacademy.directory;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerEntryRepository extends JpaRepository<PartnerEntry, Long> {

    List<PartnerEntry> findByOrganizationIdOrderById(long organizationId);

    List<PartnerEntry> findByOrganizationIdInOrderById(Collection<Long> organizationIds);
}
