/**
 * Cast vote records: streaming readers of NIST SP 1500-103 CDF (JSON and XML) and RCTab's generic CSV into a
 * {@link org.iops.decisions.counting.BallotBox}. Exposed so that a module holding ballots can read and write them.
 */
@org.springframework.modulith.NamedInterface("cvr")
package org.iops.decisions.counting.cvr;
