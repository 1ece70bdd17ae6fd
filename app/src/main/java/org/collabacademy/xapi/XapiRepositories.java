package org.collabacademy.xapi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredStatementRepository extends JpaRepository<StoredStatement, UUID> {

    @Query("""
            select s from StoredStatement s
            where s.voided = false
              and (:allCourses = true or s.courseKey in :courses)
              and (:learnerId = -1 or s.learnerId = :learnerId)
              and (:verb = '' or s.verb = :verb)
              and (:course = '' or s.courseKey = :course)
              and s.storedAt >= :since and s.storedAt < :until
            """)
    Page<StoredStatement> browse(boolean allCourses, Collection<String> courses, long learnerId, String verb, String course,
                                 Instant since, Instant until, Pageable page);
}

interface LrsEndpointRepository extends JpaRepository<LrsEndpoint, Long> {

    Optional<LrsEndpoint> findByName(String name);

    List<LrsEndpoint> findByEnabledTrue();
}

interface LrsDeliveryRepository extends JpaRepository<LrsDelivery, LrsDelivery.Key> {

    @Query("""
            select d from LrsDelivery d
            where d.key.endpointId = :endpointId and d.status = org.collabacademy.xapi.DeliveryStatus.PENDING
              and d.nextAttemptAt <= :now and (d.claimedUntil is null or d.claimedUntil < :now)
            order by d.nextAttemptAt
            """)
    List<LrsDelivery> due(long endpointId, Instant now, Pageable limit);

    /** Claims a row for one sender (node); 0 when another node claimed it first. */
    @Modifying
    @Query("""
            update LrsDelivery d set d.claimedUntil = :until
            where d.key = :key and d.status = org.collabacademy.xapi.DeliveryStatus.PENDING
              and (d.claimedUntil is null or d.claimedUntil < :now)
            """)
    int claim(LrsDelivery.Key key, Instant now, Instant until);

    @Query("select count(d) from LrsDelivery d where d.key.endpointId = :endpointId and d.status = :status")
    long count(long endpointId, DeliveryStatus status);

    @Query("select d from LrsDelivery d where d.key.endpointId = :endpointId and d.status = org.collabacademy.xapi.DeliveryStatus.DEAD")
    List<LrsDelivery> dead(long endpointId);
}

interface LrsClientRepository extends JpaRepository<LrsClient, Long> {

    Optional<LrsClient> findByApiKey(String apiKey);

    Optional<LrsClient> findByName(String name);
}
