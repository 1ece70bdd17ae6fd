package org.collabacademy.xapi;

import org.collabacademy.IntegrationTest;

@IntegrationTest
class LrsTest extends LrsContract {
}
