package org.casereviews.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import org.casereviews.shared.BusinessException;

/**
 * Shows the answers of the services on the page: a refusal next to the field it is about (when the
 * form has a component with that id) and at the top of the page. What the user typed stays in the
 * form, because a refused action never navigates away.
 */
public final class Messages {

  private Messages() {}

  public static void info(String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }

  public static void error(String field, String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    context.addMessage(null, message);
    if (field != null && context.getViewRoot().findComponent("form:" + field) != null) {
      context.addMessage(
          "form:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
    context.validationFailed();
  }

  /**
   * Runs a service call and shows what went wrong instead of an error page.
   *
   * @return the call's result, or {@code null} when it was refused
   */
  public static <T> T attempt(Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      show(e);
      return null;
    }
  }

  private static void show(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BusinessException refusal) {
        error(refusal.getField(), refusal.getMessage());
        return;
      }
      if (cause instanceof ConstraintViolationException invalid) {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
          error(lastNode(violation.getPropertyPath().toString()), violation.getMessage());
        }
        return;
      }
      if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
        error(null, "You do not have the role needed to do that.");
        return;
      }
    }
    throw failure;
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
