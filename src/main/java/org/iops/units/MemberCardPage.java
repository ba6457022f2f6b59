package org.iops.units;

import java.util.List;

/** One page of the cards a reader may see, and how many cards there are in all. */
public record MemberCardPage(List<MemberCard> cards, int totalVisible) {
}
