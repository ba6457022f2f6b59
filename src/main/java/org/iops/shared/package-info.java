/**
 * Values shared by every module: identifiers, exceptions that map to HTTP statuses, small helpers. No beans.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.iops.shared;
