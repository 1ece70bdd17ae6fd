package org.collabacademy.forum;

import org.collabacademy.PostgresTest;

@PostgresTest
class ForumPostgresTest extends ForumContract {
}
