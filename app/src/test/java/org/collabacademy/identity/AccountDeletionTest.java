package org.collabacademy.identity;

import org.collabacademy.IntegrationTest;

@IntegrationTest
class AccountDeletionTest extends AccountDeletionContract {
}
