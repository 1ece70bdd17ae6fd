package org.collabacademy.forum;

import org.collabacademy.IntegrationTest;

@IntegrationTest
class DigestOnceTest extends DigestOnceContract {
}
