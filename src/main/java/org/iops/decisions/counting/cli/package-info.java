/**
 * The {@code tally} command line: recounts an RCTab contest configuration and prints RCTab's detailed report.
 * Exposed so that the application's entry point can dispatch to it before Spring starts.
 */
@org.springframework.modulith.NamedInterface("tally")
package org.iops.decisions.counting.cli;
