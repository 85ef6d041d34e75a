package org.casereviews.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.casereviews.shared.BusinessException;

/**
 * A page of a list: {@code page} counts from 0 (as in the audit trail's API), {@code size} is 20
 * unless given (at most 100). The answer carries {@code X-Total-Count} and {@code Link} headers for
 * the next and previous pages.
 */
public record Paging(int page, int size) {

  public static final int MAX_SIZE = 100;

  public static Paging of(Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? 20 : size;
    if (p < 0) {
      throw new BusinessException("page", "The page number starts at 0.");
    }
    if (s < 1 || s > MAX_SIZE) {
      throw new BusinessException("size", "The page size must be 1 to " + MAX_SIZE + ".");
    }
    return new Paging(p, s);
  }

  public int first() {
    return page * size;
  }

  public Response answer(Object items, long total, UriInfo uri) {
    Response.ResponseBuilder response = Response.ok(items).header("X-Total-Count", total);
    if ((long) (page + 1) * size < total) {
      response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build(), "next");
    }
    if (page > 0) {
      response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page - 1).build(), "prev");
    }
    return response.build();
  }
}
