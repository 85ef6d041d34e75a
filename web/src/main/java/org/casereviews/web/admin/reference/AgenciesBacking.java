package org.casereviews.web.admin.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.casereviews.agency.Agency;

/** /admin/reference/agencies.xhtml */
@Named
@ViewScoped
public class AgenciesBacking extends ReferenceListBacking<Agency> {

  private static final long serialVersionUID = 1L;

  @Override
  protected Class<Agency> type() {
    return Agency.class;
  }

  @Override
  public String getNoun() {
    return "agency";
  }
}
