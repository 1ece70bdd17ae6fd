package org.collabacademy.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgMemberRepository extends JpaRepository<OrgMember, Long> {

    Optional<OrgMember> findByUserId(long userId);

    List<OrgMember> findByOrganizationIdOrderBySince(long organizationId);

    List<OrgMember> findByOrganizationIdAndStatus(long organizationId, MembershipStatus status);
}
