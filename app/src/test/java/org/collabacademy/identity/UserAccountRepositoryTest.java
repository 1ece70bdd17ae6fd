package org.collabacademy.identity;

import org.collabacademy.IntegrationTest;

@IntegrationTest
class UserAccountRepositoryTest extends UserAccountRepositoryContract {
}
