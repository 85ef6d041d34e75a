package org.casereviews.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereviews.shared.BusinessException;

/**
 * Shows the answers of the services on the page: a refusal next to the field it is about (when the
 * form has a component with that id) and at the top of the page. What the user typed stays in the
 * form, because a refused action never navigates away.
 */
public final class Messages {

  private static final Pattern CHILD = Pattern.compile("children\\[(\\d+)]");

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
    String clientId = field == null ? null : clientIdOf(context, field);
    if (clientId != null) {
      context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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
          String path = violation.getPropertyPath().toString();
          error(lastNode(path), childNumber(path) + violation.getMessage());
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

  /** The input with this id in the form that was submitted, or else in any form of the page. */
  private static String clientIdOf(FacesContext context, String field) {
    String[] found = new String[2];
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(context),
            (visit, component) -> {
              if (component instanceof UIInput && field.equals(component.getId())) {
                String id = component.getClientId(visit.getFacesContext());
                if (inSubmittedForm(component)) {
                  found[0] = id;
                  return VisitResult.COMPLETE;
                }
                found[1] = found[1] == null ? id : found[1];
              }
              return VisitResult.ACCEPT;
            });
    return found[0] != null ? found[0] : found[1];
  }

  private static boolean inSubmittedForm(UIComponent component) {
    for (UIComponent c = component; c != null; c = c.getParent()) {
      if (c instanceof UIForm form) {
        return form.isSubmitted();
      }
    }
    return false;
  }

  /** "Child 2: " when the refusal is about the second child of a list, else nothing. */
  private static String childNumber(String path) {
    Matcher child = CHILD.matcher(path);
    return child.find() ? "Child " + (Integer.parseInt(child.group(1)) + 1) + ": " : "";
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
