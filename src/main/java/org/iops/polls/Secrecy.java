package org.iops.polls;

/** Whether a ballot can be traced to who cast it. */
public enum Secrecy {
    /** Nobody, admins included, can link a ballot to a member; members check theirs by receipt code. */
    SECRET,
    /** Everyone who may see the poll sees who voted what. */
    OPEN
}
