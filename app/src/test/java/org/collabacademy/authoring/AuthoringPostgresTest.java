package org.collabacademy.authoring;

import org.collabacademy.PostgresTest;

@PostgresTest
class AuthoringPostgresTest extends AuthoringContract {
}
