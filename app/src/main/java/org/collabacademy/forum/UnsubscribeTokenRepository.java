package org.collabacademy.forum;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnsubscribeTokenRepository extends JpaRepository<UnsubscribeToken, String> {

    Optional<UnsubscribeToken> findFirstByUserIdAndPlaceId(long userId, @Nullable Long placeId);

    Optional<UnsubscribeToken> findFirstByUserIdAndPlaceIdIsNull(long userId);
}
