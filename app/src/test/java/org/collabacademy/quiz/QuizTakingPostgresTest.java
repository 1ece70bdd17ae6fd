package org.collabacademy.quiz;

import org.collabacademy.PostgresTest;

@PostgresTest
class QuizTakingPostgresTest extends QuizTakingContract {
}
