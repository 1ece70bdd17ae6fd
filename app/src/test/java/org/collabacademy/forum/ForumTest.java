package org.collabacademy.forum;

import org.collabacademy.IntegrationTest;

@IntegrationTest
class ForumTest extends ForumContract {
}
