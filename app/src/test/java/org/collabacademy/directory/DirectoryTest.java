package org.collabacademy.directory;

import org.collabacademy.IntegrationTest;

@IntegrationTest
class DirectoryTest extends DirectoryContract {
}
