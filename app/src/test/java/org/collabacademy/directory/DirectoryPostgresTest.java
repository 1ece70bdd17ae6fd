package org.collabacademy.directory;

import org.collabacademy.PostgresTest;

@PostgresTest
class DirectoryPostgresTest extends DirectoryContract {
}
