package org.iops.pages.home;

import org.iops.units.OrganizationFigures;

/** The live counts the home page shows: never names, only totals that anyone may know, counted as every page counts them. */
public record HomeFigures(OrganizationFigures organization) {
}
