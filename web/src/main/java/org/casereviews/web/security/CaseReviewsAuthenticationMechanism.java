package org.casereviews.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.casereviews.security.AccountService;

/**
 * The one way into casereviews.
 *
 * <ul>
 *   <li>The sign-in page calls {@code SecurityContext.authenticate} with the typed credentials; on
 *       success the user name is kept in the HTTP session (under a new session id).
 *   <li>Later requests of that session are signed in again from the session, with the account's
 *       roles read afresh, so a disabled account or a changed role takes effect at once.
 *   <li>Other council systems send HTTP Basic credentials with each API request; no session.
 *   <li>An anonymous request for a protected screen is sent to the sign-in page and comes back to
 *       the page it asked for; an anonymous API request gets 401 with a JSON body.
 * </ul>
 */
@ApplicationScoped
public class CaseReviewsAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String RETURN_TO = CaseReviewsAuthenticationMechanism.class.getName() + ".returnTo";
  private static final String LOGIN_PAGE = "/login.xhtml";
  private static final String API_PREFIX = "/api/";
  private static final String RESOURCE_PREFIX = "/jakarta.faces.resource/";

  @Inject private IdentityStoreHandler identityStores;

  @EJB private AccountService accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential typed = context.getAuthParameters().getCredential();
    if (typed != null) {
      return signIn(request, context, typed);
    }
    if (!context.isProtected() && isPageResource(request)) {
      // style sheets, scripts and icons need nobody signed in: no account look-up for each
      return context.doNothing();
    }
    Optional<AuthenticationStatus> fromSession = resumeSession(request, context);
    if (fromSession.isPresent()) {
      return fromSession.get();
    }
    String basic = request.getHeader("Authorization");
    if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(basic.substring(6).trim(), response, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return challenge(
          response, context, "Sign in with HTTP Basic credentials of a system account.");
    }
    request.getSession().setAttribute(RETURN_TO, originalUrl(request));
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedInCaller.SESSION_KEY);
    }
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.getSession(true);
    request.changeSessionId();
    String username = result.getCallerPrincipal().getName();
    request.getSession().setAttribute(SignedInCaller.SESSION_KEY, new SignedInCaller(username));
    return context.notifyContainerAboutLogin(username, result.getCallerGroups());
  }

  private Optional<AuthenticationStatus> resumeSession(
      HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SignedInCaller.SESSION_KEY) instanceof SignedInCaller caller)) {
      return Optional.empty();
    }
    Optional<Set<String>> roles = accounts.currentRoles(caller.username());
    if (roles.isEmpty()) {
      session.invalidate();
      return Optional.empty();
    }
    return Optional.of(context.notifyContainerAboutLogin(caller.username(), roles.get()));
  }

  private AuthenticationStatus basic(
      String encoded, HttpServletResponse response, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return challenge(response, context, "The Authorization header is not valid HTTP Basic.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return challenge(response, context, "The Authorization header is not valid HTTP Basic.");
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return challenge(
          response, context, "The user name or password is not right, or the account is locked.");
    }
    return context.notifyContainerAboutLogin(
        result.getCallerPrincipal().getName(), result.getCallerGroups());
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context, String message) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"casereviews\", charset=\"UTF-8\"");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write("{\"status\":401,\"message\":\"" + message + "\",\"details\":[]}");
    } catch (IOException e) {
      // the client has gone; the status is all that matters
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isPageResource(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + RESOURCE_PREFIX);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
  }

  private static String originalUrl(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }
}
