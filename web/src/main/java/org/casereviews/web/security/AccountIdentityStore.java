package org.casereviews.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.casereviews.security.AccountService;
import org.casereviews.security.AuthenticationOutcome;

/**
 * Validates user names and passwords against the application's own user accounts, and provides
 * their roles as groups (each group maps to the role of the same name).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @EJB private AccountService accounts;

  @Inject private HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    AuthenticationOutcome outcome =
        accounts.authenticate(
            login.getCaller(), login.getPasswordAsString(), request.getRemoteAddr());
    if (!outcome.isAccepted()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(outcome.username(), outcome.roles());
  }
}
