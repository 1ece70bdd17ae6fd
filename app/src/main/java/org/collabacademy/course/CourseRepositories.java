package org.collabacademy.course;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findByKey(String key);

    @Query("select c.contentVersion from Course c where c.key = :key and c.retired = false")
    Optional<Integer> currentVersion(String key);

    List<Course> findByRetiredFalseOrderByPosition();
}

interface CourseFileRepository extends JpaRepository<CourseFile, Long> {

    @Query("select f from CourseFile f where f.courseId = :courseId and f.path = :path")
    Optional<CourseFile> find(long courseId, String path);

    @Modifying
    @Query("delete from CourseFile f where f.courseId = :courseId")
    void deleteByCourse(long courseId);
}

interface ReadingRepository extends JpaRepository<Reading, Reading.Key> {

    @Query("select r.key.pageId from Reading r where r.key.learnerId = :learnerId and r.key.pageId in :pageIds")
    Set<Long> readAmong(long learnerId, Set<Long> pageIds);
}

interface ReadingPositionRepository extends JpaRepository<ReadingPosition, ReadingPosition.Key> {
}

interface PageTextRepository extends JpaRepository<CoursePage, Long> {

    @Query("select t from CoursePage p join p.texts t where p.id = :pageId and key(t) = :language")
    Optional<CoursePage.PageText> text(long pageId, String language);
}

interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {

    @Query("select new org.collabacademy.course.ContentVersion(v.version, v.source = org.collabacademy.course.CourseVersion.Source.APP,"
            + " v.publishedBy, v.publishedAt, v.note) from CourseVersion v where v.courseId = :courseId order by v.version desc")
    List<ContentVersion> history(long courseId);

    @Query("select v from CourseVersion v where v.courseId = :courseId and v.version = (select max(w.version) from CourseVersion w where w.courseId = :courseId)")
    Optional<CourseVersion> latest(long courseId);

    @Query("select v from CourseVersion v where v.courseId = :courseId and v.version = :version")
    Optional<CourseVersion> find(long courseId, int version);
}
