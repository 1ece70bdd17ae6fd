package org.collabacademy.directory;

/** The business areas in which firms collaborate (module 1 of the flagship course). */
public enum Area {
    TRAINING,
    PRODUCT_DEVELOPMENT,
    CUSTOMER_SERVICE,
    MARKET_DEVELOPMENT,
    PURCHASING,
    LOGISTICS,
    RESEARCH,
    OTHER
}
