package org.collabacademy.quiz;

import org.collabacademy.IntegrationTest;

@IntegrationTest
class QuizTakingTest extends QuizTakingContract {
}
