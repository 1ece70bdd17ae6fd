package org.collabacademy.identity;

import org.collabacademy.PostgresTest;

@PostgresTest
class AccountDeletionPostgresTest extends AccountDeletionContract {
}
