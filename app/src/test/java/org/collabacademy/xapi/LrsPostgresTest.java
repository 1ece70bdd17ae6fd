package org.collabacademy.xapi;

import org.collabacademy.PostgresTest;

@PostgresTest
class LrsPostgresTest extends LrsContract {
}
