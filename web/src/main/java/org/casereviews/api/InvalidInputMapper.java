package org.casereviews.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation refusals get the API's error body too. The server's own mapper for validation
 * exceptions would answer 400 with an empty body; a mapper for this narrower type is chosen first.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    return Response.status(400)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorMapper.describe(invalid))
        .build();
  }
}
