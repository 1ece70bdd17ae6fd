package org.collabacademy.course;

import org.collabacademy.IntegrationTest;

@IntegrationTest
class CourseStoreTest extends CourseStoreContract {
}
