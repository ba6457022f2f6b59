/**
 * Member text: what members write (posts, topics, replies, comments, bios) is Markdown, and this module turns it
 * into HTML that is safe to show to anyone, together with the {@code @displayName} mentions found in it.
 *
 * <p>Its API is {@link org.iops.text.MemberText} and the value {@link org.iops.text.RenderedText}; the policy
 * (what survives) is written down in {@code docs/security.md}. It depends on no other module.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Member text", allowedDependencies = {"shared"})
package org.iops.text;
