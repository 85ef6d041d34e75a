/** Tests in a real browser (Debian's Chromium through chromedriver), run from the client side. */
package org.casereviews.browser;
