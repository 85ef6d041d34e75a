package org.casereviews.web.admin.cdop;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.casereviews.cdop.MatchDecision;
import org.casereviews.cdop.MatchQueue;
import org.casereviews.cdop.PossibleMatch;
import org.casereviews.web.Messages;
import org.casereviews.web.PagedList;

/**
 * /admin/cdop/matches.xhtml: the possible matches waiting for a decision, each notification beside
 * the record it may be of, with "Confirm" (the same child) and "Not the same child".
 */
@Named
@ViewScoped
public class MatchesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MatchQueue queue;

  private final PagedList<PossibleMatch> matches =
      new PagedList<>(
          () -> queue.countOpen(), (first, max, sortBy, ascending) -> queue.open(first, max));

  public void confirm(long matchId) {
    MatchDecision decided = Messages.attempt(() -> queue.confirm(matchId));
    if (decided != null) {
      Messages.info(
          "Notification "
              + decided.notificationId()
              + " is now on record "
              + decided.childDeathId()
              + ".");
    }
  }

  public void reject(long matchId) {
    MatchDecision decided = Messages.attempt(() -> queue.reject(matchId));
    if (decided == null) {
      return;
    }
    Messages.info(
        decided.newRecord()
            ? "Not the same child: notification "
                + decided.notificationId()
                + " is now record "
                + decided.childDeathId()
                + " of its own."
            : "Not the same child. Notification "
                + decided.notificationId()
                + " still has other possible matches to decide.");
  }

  public PagedList<PossibleMatch> getMatches() {
    return matches;
  }
}
