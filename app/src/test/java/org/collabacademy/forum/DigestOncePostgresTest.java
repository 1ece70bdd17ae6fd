package org.collabacademy.forum;

import org.collabacademy.PostgresTest;

@PostgresTest
class DigestOncePostgresTest extends DigestOnceContract {
}
