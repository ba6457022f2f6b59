/**
 * Values shared by every module: identifiers, exceptions that map to HTTP statuses, small helpers, and
 * {@link org.iops.shared.PersonalData}, the interface every module that keeps member data implements. No beans.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.iops.shared;
