package org.casereviews.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casereviews.web.security.SignInDestination;

/** The sign-in page. Every refusal gets the same message, whatever its reason. */
@Named
@RequestScoped
public class LoginBacking {

  static final String REFUSED =
      "Sign-in failed. Check your user name and password. Repeated failures lock the account for"
          + " a while; your partnership administrator can unlock it.";

  @Inject private SecurityContext security;

  @Inject private FacesContext faces;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username, password == null ? "" : password))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> external.redirect(SignInDestination.after(request));
      case SEND_CONTINUE -> faces.responseComplete();
      default ->
          faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, null));
    }
  }

  /** Someone already signed in who opens the sign-in page goes straight to the dashboard. */
  public void redirectWhenSignedIn() throws IOException {
    if (security.getCallerPrincipal() != null && !faces.isPostback()) {
      ExternalContext external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + "/admin/");
    }
  }

  public boolean isSignedOut() {
    return faces.getExternalContext().getRequestParameterMap().containsKey("signedOut");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
