package org.collabacademy.base;

import java.util.List;
import java.util.Map;

/**
 * What one feature keeps about a person: for the "download my data" export, each feature names the queries
 * over its own tables, and for "delete my account" the statements that erase or blank it. So both stay
 * complete as features are added, and each feature decides for its own tables.
 */
public interface PersonalData {

    /** The name of this feature's part of the export, e.g. "quizzes". */
    String section();

    /** Named SQL queries whose one parameter ({@code ?}) is the person's account id. */
    Map<String, String> queries();

    /**
     * SQL statements, run in this order and in one transaction with every other feature's, whose parameters
     * (each {@code ?}) are all the id of the account being deleted. They remove or blank every name, address and text that
     * identifies the person; what is left points only to the bare id, which no longer leads to anyone.
     */
    List<String> erasure();
}
