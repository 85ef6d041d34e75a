package org.casereviews.web.admin.users;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.casereviews.security.Roles;
import org.casereviews.security.UserAccount;
import org.casereviews.security.UserService;
import org.casereviews.web.Dates;

/** The list of users at /admin/users/. */
@Named
@RequestScoped
public class UsersBacking {

  @EJB private UserService service;

  private List<UserAccount> users;

  @PostConstruct
  void load() {
    users = service.list();
  }

  public List<UserAccount> getUsers() {
    return users;
  }

  public String roles(UserAccount user) {
    return String.join(", ", user.getRoles().stream().sorted().map(Roles::label).toList());
  }

  public String status(UserAccount user) {
    if (!user.isEnabled()) {
      return "Disabled";
    }
    if (user.isLockedAt(Instant.now())) {
      return "Locked until " + Dates.time(user.getLockedUntil());
    }
    return "Active";
  }
}
