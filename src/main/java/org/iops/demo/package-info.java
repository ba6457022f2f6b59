/**
 * Demo data: fills an empty database with a realistic, deterministic organization (countries, regions, chapters in
 * every lifecycle state, members with varied privacy settings and roles) for trying the site and for benchmarks.
 * Each module writes its part through a {@link org.iops.demo.DemoContribution}; loaded in bulk with PostgreSQL COPY. Started with {@code --iops.demo.members=N}; see docs/demo-data.md.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"shared"})
package org.iops.demo;
