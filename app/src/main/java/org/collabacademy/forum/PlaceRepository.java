package org.collabacademy.forum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceRepository extends JpaRepository<Place, Long> {

    Optional<Place> findByPlaceKey(String placeKey);

    boolean existsByPlaceKey(String placeKey);

    Optional<Place> findByKindAndCourseKey(PlaceKind kind, String courseKey);

    List<Place> findAllByOrderByKindAscTitleAsc();
}
