package org.casereviews.cluster;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The server's threads and transactions, for tests that play several instances at once: each thread
 * the factory makes can call the EJBs as a request thread would.
 */
final class Container {

  private Container() {}

  static ManagedThreadFactory threads() {
    return lookup("java:comp/DefaultManagedThreadFactory");
  }

  static UserTransaction transaction() {
    return lookup("java:comp/UserTransaction");
  }

  @SuppressWarnings("unchecked")
  private static <T> T lookup(String name) {
    try {
      return (T) new InitialContext().lookup(name);
    } catch (NamingException e) {
      throw new IllegalStateException(name + " could not be looked up", e);
    }
  }
}
