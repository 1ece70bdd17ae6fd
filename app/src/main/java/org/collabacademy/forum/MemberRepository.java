package org.collabacademy.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByPlaceIdAndUserId(long placeId, long userId);

    List<Member> findByUserId(long userId);

    List<Member> findByPlaceIdAndStatusOrderBySince(long placeId, MemberStatus status);

    long countByPlaceIdAndStatus(long placeId, MemberStatus status);
}
