package org.collabacademy.directory;

/** The structures a collaboration can take, from the loosest to the tightest. */
public enum Structure {
    INFORMAL_NETWORK,
    SUPPLIER_CUSTOMER,
    STRATEGIC_ALLIANCE,
    CONSORTIUM,
    JOINT_VENTURE
}
