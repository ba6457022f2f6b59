/**
 * RCTab's contest configuration and detailed-report JSON. Exposed so that a module can publish a recount kit that
 * RCTab itself reads.
 */
@org.springframework.modulith.NamedInterface("rctab")
package org.iops.decisions.counting.rctab;
