/**
 * The administrator's path: {@code deploy/install-on-domain.sh} run on a fresh Payara domain of its
 * own (not the suite's), with PostgreSQL, as a council would install and upgrade the EAR.
 */
package org.casereviews.deploy;
