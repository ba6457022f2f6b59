/**
 * Results as pages show them: view records made from the counting library's results (a ranked-choice count round by
 * round, Schulze's tables, the tallies of plurality, approval, yes/no and consent), the jte templates under
 * {@code decisions/} that draw them (tables and a server-drawn SVG chart), and {@link
 * org.iops.decisions.results.ResultText}, which renders the library's {@link org.iops.decisions.counting.Explanation}s
 * in the reader's language. The only package of the module that knows the web layer; the counting packages stay
 * free of any framework. Exposed so that the polls module can show its results.
 */
@org.springframework.modulith.NamedInterface("results")
package org.iops.decisions.results;
