package org.scrutineer.dispute;

/** Open until the IRO resolves it or records CAFCASS's outcome. */
public enum DisputeStatus {
    OPEN,
    RESOLVED,
    REFERRED_TO_CAFCASS
}
