package org.casereviews.web.security;

import java.io.Serializable;

/** Who signed in on this HTTP session through the sign-in page. */
record SignedInCaller(String username) implements Serializable {

  static final String SESSION_KEY = SignedInCaller.class.getName();
}
