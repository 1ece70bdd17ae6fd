package org.collabacademy.authoring;

import org.collabacademy.IntegrationTest;

@IntegrationTest
class AuthoringTest extends AuthoringContract {
}
