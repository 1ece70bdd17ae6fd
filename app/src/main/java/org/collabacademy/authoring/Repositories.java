package org.collabacademy.authoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DraftRepository extends JpaRepository<Draft, Long> {

    Optional<Draft> findByCourseKey(String courseKey);
}

interface CourseAuthorRepository extends JpaRepository<CourseAuthor, CourseAuthor.Key> {

    @Query("select a from CourseAuthor a where a.key.courseKey = :courseKey")
    List<CourseAuthor> ofCourse(String courseKey);

    @Query("select a.key.courseKey from CourseAuthor a where a.key.userId = :userId")
    List<String> coursesOf(long userId);
}
