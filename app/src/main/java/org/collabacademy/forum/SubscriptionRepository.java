package org.collabacademy.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    Optional<Subscription> findByUserIdAndPlaceIdAndThreadId(long userId, long placeId, long threadId);

    /** Everyone with a choice for this place or this thread (the fan-out reads both in one query). */
    List<Subscription> findByPlaceIdAndThreadIdOrPlaceIdAndThreadId(long placeId, long noThread, long noPlace, long threadId);

    List<Subscription> findByUserId(long userId);
}
