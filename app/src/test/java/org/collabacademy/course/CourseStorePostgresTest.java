package org.collabacademy.course;

import org.collabacademy.PostgresTest;

@PostgresTest
class CourseStorePostgresTest extends CourseStoreContract {
}
