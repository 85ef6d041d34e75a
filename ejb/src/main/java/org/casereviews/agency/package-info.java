/**
 * The partner agencies of the Safeguarding Children Partnership (police, health, children's social
 * care, education...). Users of the agency-liaison role belong to one agency; later areas own
 * actions and notifications by agency. Depends on {@code shared} only.
 */
package org.casereviews.agency;
