/**
 * The action screens under /admin/actions/: every agency action (a liaison officer sees their own
 * agency's), one action with its progress, evidence, assurance and slippage, and the evidence
 * download. Calls the action services only.
 */
package org.casereviews.web.admin.actions;
