/**
 * File transfer when a child moves (一人一档 nationwide, DOMAIN.md §3, issue "Survey data in and out", API.md
 * transfers): a transfer is asked by the receiving side (by the ID number a duplicate refusal named) or by the
 * holding side (by the file), and accepted or rejected by civil affairs or a supervisor of the other side; on accept
 * the file moves through {@link org.shouhu.child.ChildManagement#moveAsSystem} with everything keyed by its id, and
 * the care schedule and statistics follow the file's {@link org.shouhu.child.ChildUpdated}. Requested transfers are
 * on the deciders' to-do lists ({@code TRANSFER_TO_DECIDE}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfer",
		allowedDependencies = { "account", "audit", "child", "common", "region", "tasks" })
package org.shouhu.transfer;
