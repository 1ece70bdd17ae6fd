package org.collabacademy.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterestRepository extends JpaRepository<Interest, Long> {

    Optional<Interest> findByFromOrgIdAndEntryId(long fromOrgId, long entryId);

    long countByFromUserIdAndCreatedAtAfter(long fromUserId, Instant since);

    @Query("select i from Interest i where i.fromOrgId = :org or i.toOrgId = :org order by i.createdAt desc")
    List<Interest> involving(long org);

    /** Whether two organizations accepted each other (either way round): then they see each other's names and contacts. */
    @Query("""
            select count(i) > 0 from Interest i where i.status = org.collabacademy.directory.InterestStatus.ACCEPTED
            and ((i.fromOrgId = :a and i.toOrgId = :b) or (i.fromOrgId = :b and i.toOrgId = :a))
            """)
    boolean accepted(long a, long b);
}
