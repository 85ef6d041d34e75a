package org.casereviews.web.admin.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.casereviews.review.ReviewTheme;

/** /admin/reference/themes.xhtml */
@Named
@ViewScoped
public class ThemesBacking extends ReferenceListBacking<ReviewTheme> {

  private static final long serialVersionUID = 1L;

  @Override
  protected Class<ReviewTheme> type() {
    return ReviewTheme.class;
  }

  @Override
  public String getNoun() {
    return "theme";
  }
}
